// CUPED's interval beside the plain one, the ratio's intervals, and how to get the sums with SQL.
import { useMemo } from 'react';
import type { CalculatorInput, CalculatorOutput } from '../../../domain/stats';
import { IntervalChart } from '../charts/IntervalChart';
import { intervalChart } from '../distribution-data';
import { confidenceLabel } from '../format';

function SqlPanel({ sql, note }: { sql: string; note: string }) {
  return (
    <details className="calc-panel calc-sql">
      <summary>Where the sums come from</summary>
      <p className="calc-chart-note">{note}</p>
      <pre>{sql}</pre>
    </details>
  );
}

const cupedSql = `SELECT arm,
       COUNT(*)        AS n,
       SUM(y)          AS sumY,  SUM(y * y) AS sumY2,
       SUM(x)          AS sumX,  SUM(x * x) AS sumX2,
       SUM(x * y)      AS sumXY
FROM users            -- y: the metric in the test, x: the same metric before it
GROUP BY arm;`;

const ratioSql = `SELECT arm,
       COUNT(*)        AS n,
       SUM(m)          AS sumM,  SUM(m * m) AS sumM2,
       SUM(d)          AS sumD,  SUM(d * d) AS sumD2,
       SUM(m * d)      AS sumMD
FROM users            -- per user: m = revenue (numerator), d = orders (denominator)
GROUP BY arm;`;

export function CupedView({ input, output }: { input: CalculatorInput<'cuped'>; output: CalculatorOutput<'cuped'> }) {
  const chart = useMemo(() => {
    const rows = [];
    const z = output.ciLower === null ? null : (output.diff - output.ciLower) / output.se;
    if (z !== null) rows.push({ label: 'Plain', estimate: output.diffUnadjusted, lower: output.diffUnadjusted - z * output.seUnadjusted, upper: output.diffUnadjusted + z * output.seUnadjusted });
    if (output.ciLower !== null && output.ciUpper !== null) rows.push({ label: 'CUPED', estimate: output.diff, lower: output.ciLower, upper: output.ciUpper });
    return rows.length ? intervalChart(rows) : null;
  }, [output]);
  return (
    <>
      {chart ? <IntervalChart data={chart} unit="" title={`${confidenceLabel(input.alpha)} CI of the difference, without and with CUPED`} /> : null}
      <SqlPanel sql={cupedSql} note="One row per user, both arms, with the metric during the test (y) and the same metric over a period before it (x; 0 for users new since). Users without a pre-period value still count." />
    </>
  );
}

export function RatioMetricView({ input, output }: { input: CalculatorInput<'ratio-metric'>; output: CalculatorOutput<'ratio-metric'> }) {
  const chart = useMemo(() => {
    if (output.relativeLift === null || output.relativeCiLower === null || output.relativeCiUpper === null) return null;
    return intervalChart([{ label: 'Lift (%)', estimate: output.relativeLift * 100, lower: output.relativeCiLower * 100, upper: output.relativeCiUpper * 100 }]);
  }, [output]);
  return (
    <>
      {chart ? <IntervalChart data={chart} unit="%" title={`${confidenceLabel(input.alpha)} CI of the relative lift of the ratio`} /> : null}
      <SqlPanel sql={ratioSql} note="One row per randomised user: the numerator and denominator summed over that user’s events. Per-event rows would treat a heavy user’s events as independent and make the interval too narrow." />
    </>
  );
}
