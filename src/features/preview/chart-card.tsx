// A ```chart block in the preview: the chart drawn from the stored study and practice data (drawn
// again when the block's text or that data changes), with its text alternative as the caption.
import { useChart } from '../../data/charts-store';
import type { ChartParsed } from '../../domain/episode';

export function ChartBlockCard({ parsed, source }: { parsed: ChartParsed; source: string }) {
  const chart = useChart(source);
  const error = 'error' in parsed ? parsed.error : chart && 'error' in chart ? chart.error : undefined;
  if (error !== undefined) {
    return (
      <div className="chart-card chart-card-error" data-testid="chart-card" role="note">
        <span className="abtest-card-badge">Chart</span>
        <span>{error}</span>
      </div>
    );
  }
  if (!chart || 'error' in chart) return <div className="chart-card chart-card-pending" data-testid="chart-card" aria-busy="true" />;
  return (
    <figure className="chart-card" data-testid="chart-card">
      {/* Our own SVG (src/domain/charts): every label in it is escaped, it has no script or link. */}
      <div className="chart-card-drawing" dangerouslySetInnerHTML={{ __html: chart.svg }} />
      <figcaption>{chart.text}</figcaption>
    </figure>
  );
}
