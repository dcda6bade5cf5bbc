// The verdict and the key numbers (exact values on hover).
import { Callout } from '../../ui/Callout';
import type { Tone as CalloutTone } from '../../ui/tone';
import type { Summary, Tone } from './summary-types';

const verdictTones = { positive: 'success', negative: 'danger', warning: 'warning', neutral: 'neutral' } as const satisfies Record<Tone, CalloutTone>;

export function Verdict({ summary }: { summary: Summary }) {
  return (
    <Callout as="p" edge tone={verdictTones[summary.tone]} className="calc-verdict" data-testid="verdict" data-tone={summary.tone}>
      {summary.verdict}
    </Callout>
  );
}

export function ResultStats({ summary, limit, hideMethods }: { summary: Summary; limit?: number; hideMethods?: boolean }) {
  const shown = hideMethods ? summary.rows.filter((r) => !r.method) : summary.rows;
  const rows = limit ? shown.slice(0, limit) : shown;
  return (
    <dl className="calc-stats" data-testid="result-stats">
      {rows.map((row) => (
        <div key={row.label} className={row.value.length > 16 ? 'calc-stat calc-stat-wide' : 'calc-stat'}>
          <dt>{row.label}</dt>
          <dd title={row.exact}>{row.value}</dd>
        </div>
      ))}
    </dl>
  );
}
