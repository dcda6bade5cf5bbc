// The last year of study days as a GitHub-style grid; each day's minutes show in a tooltip on
// hover. The days are drawn as one path per level (five elements, not 365 rects with a <title>
// each) and the day under the pointer is worked out from its position.
import { memo, useMemo, useRef, useState, type PointerEvent } from 'react';
import type { Heatmap } from '../../../domain/progress';
import { formatHours } from '../../../domain/progress';
import { heatRectAt, heatTitle, heatmapLayout } from '../chart-data';
import './heatmap.css';

const LEGEND = ['No study', 'Under 30 min', '30–60 min', '1–2 h', '2 h or more'];

export const StudyHeatmap = memo(function StudyHeatmap({ heatmap }: { heatmap: Heatmap }) {
  const layout = useMemo(() => heatmapLayout(heatmap), [heatmap]);
  const studied = heatmap.cells.filter((c) => c.minutes > 0).length;
  const figure = useRef<HTMLElement>(null);
  const [tip, setTip] = useState<{ text: string; left: number; top: number; align: 'start' | 'center' | 'end' } | null>(null);
  const onPointerMove = (event: PointerEvent<SVGSVGElement>) => {
    if (!figure.current) return;
    const svg = event.currentTarget.getBoundingClientRect();
    const index = heatRectAt(layout, event.clientX - svg.left, event.clientY - svg.top);
    const rect = index === null ? undefined : layout.rects[index];
    if (!rect) {
      setTip(null);
      return;
    }
    const frame = figure.current.getBoundingClientRect();
    const left = svg.left - frame.left + rect.x + layout.cell / 2;
    // Near either side of the card the tooltip grows inwards instead of overflowing it.
    const align = left > frame.width - 120 ? 'end' : left < 120 ? 'start' : 'center';
    const text = heatTitle(rect);
    setTip((prev) => (prev?.text === text ? prev : { text, left, top: svg.top - frame.top + rect.y, align }));
  };
  return (
    <figure className="cert-heatmap" data-testid="heatmap" data-days={layout.rects.length} ref={figure}>
      <div className="cert-heatmap-scroll" data-scrolls-sideways>
        <svg
          width={layout.width}
          height={layout.height}
          role="img"
          aria-label={`Study days in the last year: ${studied} days, ${formatHours(heatmap.totalMinutes / 60)} hours`}
          onPointerMove={onPointerMove}
          onPointerLeave={() => setTip(null)}
        >
          {layout.months.map((m) => (
            <text key={`${m.label}-${m.x}`} x={m.x} y={10} className="cert-heat-label">
              {m.label}
            </text>
          ))}
          {layout.weekdays.map((d) => (
            <text key={d.label} x={0} y={d.y} className="cert-heat-label">
              {d.label}
            </text>
          ))}
          {layout.paths.map((d, level) => (d ? <path key={level} d={d} className={`cert-heat cert-heat-${level}`} data-level={level} /> : null))}
        </svg>
      </div>
      {tip ? (
        <div className={`cert-heat-tip cert-heat-tip-${tip.align}`} role="tooltip" style={{ left: tip.left, top: tip.top }}>
          {tip.text}
        </div>
      ) : null}
      <figcaption className="cert-heatmap-legend">
        <span>
          {studied} study {studied === 1 ? 'day' : 'days'} · {formatHours(heatmap.totalMinutes / 60)} h in the last year
        </span>
        <span className="cert-heatmap-scale" aria-label="Legend">
          Less
          {LEGEND.map((label, level) => (
            <svg key={label} width="11" height="11" aria-hidden="false" role="img" aria-label={label}>
              <rect width="11" height="11" rx="2" className={`cert-heat cert-heat-${level}`}>
                <title>{label}</title>
              </rect>
            </svg>
          ))}
          More
        </span>
      </figcaption>
    </figure>
  );
});
