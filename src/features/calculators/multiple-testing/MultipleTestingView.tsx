// Every metric against every correction: its adjusted p-value and whether it stays significant.
import type { CalculatorInput, CalculatorOutput } from '../../../domain/stats';
import { formatNumber, formatP } from '../format';
import type { CalculatorController } from '../use-calculator';
import { correctionMethods, metricNames } from './summary';

const MAX_ROWS = 200;

export function MultipleTestingView({ input, output, ctl }: { input: CalculatorInput<'multiple-testing-correction'>; output: CalculatorOutput<'multiple-testing-correction'>; ctl: CalculatorController }) {
  const names = metricNames(input, ctl.draft);
  const order = input.pValues.map((_, i) => i);
  // Long lists show their smallest p-values, where the corrections disagree.
  const shown = input.pValues.length > MAX_ROWS ? order.sort((a, b) => input.pValues[a]! - input.pValues[b]!).slice(0, MAX_ROWS) : order;
  return (
    <section className="calc-panel" aria-label="Every correction">
      <h3>Each metric under each correction</h3>
      <div className="calc-table-scroll">
        <table className="calc-methods calc-mt-table" data-testid="corrections-table">
          <thead>
            <tr>
              <th>Metric</th>
              <th>p</th>
              {correctionMethods.map((c) => (
                <th key={c.key} title={c.controls === 'FWER' ? 'Controls the family-wise error rate' : 'Controls the false discovery rate'}>
                  {c.label}
                  <small>{c.controls}</small>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.map((i) => (
              <tr key={i}>
                <td>{names[i]}</td>
                <td>{formatP(input.pValues[i])}</td>
                {correctionMethods.map((c) => {
                  const kept = output.byMethod[c.key].rejected[i];
                  return (
                    <td key={c.key} className={kept ? 'calc-mt-kept' : undefined} title={String(output.byMethod[c.key].adjustedPValues[i])}>
                      {formatP(output.byMethod[c.key].adjustedPValues[i])}
                      <span className="calc-mt-mark" aria-label={kept ? 'significant' : 'not significant'}>{kept ? '✓' : '–'}</span>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <td>Significant</td>
              <td>{input.pValues.filter((p) => p < input.alpha).length}</td>
              {correctionMethods.map((c) => (
                <td key={c.key}>{output.byMethod[c.key].rejectedCount}</td>
              ))}
            </tr>
          </tfoot>
        </table>
      </div>
      <p className="calc-chart-note">
        {shown.length < input.pValues.length ? `Showing the ${formatNumber(MAX_ROWS)} smallest of ${formatNumber(input.pValues.length)} p-values; Copy as markdown table has them all. ` : ''}
        ✓: the adjusted p-value is below α = {formatNumber(input.alpha)}. FWER methods keep the chance of any false positive at α; FDR methods keep the expected share of false positives among the significant ones at α, so they keep more when many metrics have real effects.
      </p>
    </section>
  );
}
