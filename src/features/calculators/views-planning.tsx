// Planning screens' extras: test duration from traffic, all methods side by side, power and MDE curves.
import { useDeferredValue, useMemo } from 'react';
import type {
  MdeMeansInput, MdeProportionsInput, PowerMeansInput, PowerProportionsInput, SampleSizeMeansInput, SampleSizeMeansOutput,
  SampleSizeProportionsInput, SampleSizeProportionsOutput,
} from '../../domain/stats';
import { CurveChart } from './charts/CurveChart';
import { NumberField } from './Fields';
import { formatCount, formatNumber, formatPercent } from './format';
import { parseNumberText } from './form-draft';
import type { MeanDesign, ProportionDesign } from './planning-data';
import { mdeCurveMeans, mdeCurveProportions, methodRows, powerCurveMeans, powerCurveProportions, testDuration } from './planning-data';
import { meanMethodLabels, proportionMethodLabels } from './summary-types';
import type { CalculatorController } from './use-calculator';

const pct = (v: number) => formatPercent(v, 0);

function readExtras(extras: Record<string, string>) {
  const traffic = parseNumberText(extras.dailyTraffic ?? '');
  // The share is asked in percent: "20" and "20%" both mean 20%.
  const share = parseNumberText((extras.treatmentShare ?? '').replace(/%\s*$/, ''));
  return {
    traffic: typeof traffic === 'number' && traffic > 0 ? traffic : null,
    share: typeof share === 'number' && share > 0 && share < 100 ? share / 100 : null,
    trafficError: typeof traffic === 'number' && traffic > 0 ? undefined : 'Daily visitors must be a number above 0',
    shareError: typeof share === 'number' && share > 0 && share < 100 ? undefined : 'The share in B must be between 0 and 100 (%)',
  };
}

function DurationPanel({ nPerArm, ctl }: { nPerArm: number; ctl: CalculatorController }) {
  const x = readExtras(ctl.extras);
  const duration = x.traffic && x.share ? testDuration(nPerArm, x.traffic, x.share) : null;
  return (
    <section className="calc-panel" aria-label="Duration">
      <h3>How long will it run?</h3>
      <div className="calc-panel-row">
        <NumberField path="extras.dailyTraffic" label="Visitors per day (both arms)" value={ctl.extras.dailyTraffic ?? ''} error={x.trafficError} onChange={(v) => ctl.setExtra('dailyTraffic', v)} compact />
        <NumberField path="extras.treatmentShare" label="Share sent to B (%)" value={ctl.extras.treatmentShare ?? ''} error={x.shareError} onChange={(v) => ctl.setExtra('treatmentShare', v)} compact />
      </div>
      {duration ? (
        <p className="calc-duration" data-testid="duration">
          <strong>{formatCount(duration.days)} {duration.days === 1 ? 'day' : 'days'}</strong> ({formatCount(duration.visitors)} visitors in total;
          {' '}{formatCount(duration.perDay.control)} a day to A, {formatCount(duration.perDay.treatment)} to B).
          {duration.days < 7 ? ' Run at least one full week anyway, so every weekday is represented.' : ''}
          {x.share !== 0.5 ? ' With an uneven split the smaller arm sets the pace.' : ''}
        </p>
      ) : null}
    </section>
  );
}

function MethodsTable({ byMethod, labels, why }: { byMethod: Record<string, { nPerArm: number; nExact: number }>; labels: Record<string, string>; why: string }) {
  const rows = methodRows(byMethod);
  const spread = Math.max(...rows.map((r) => r.overMin));
  return (
    <section className="calc-panel" aria-label="Methods">
      <h3>Every method side by side</h3>
      <table className="calc-methods" data-testid="methods-table">
        <thead>
          <tr>
            <th>Method</th>
            <th>Per arm</th>
            <th>vs. smallest</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={r.method} className={i === 0 ? 'calc-methods-default' : undefined}>
              <td>{labels[r.method] ?? r.method}</td>
              <td title={String(byMethod[r.method]?.nExact)}>{formatCount(r.n)}</td>
              <td>{r.overMin === 0 ? 'smallest' : `+${formatPercent(r.overMin, 1)}`}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="calc-chart-note">
        {why} Here they differ by up to {formatPercent(spread, 1)}.
      </p>
    </section>
  );
}

const proportionWhy = 'They differ in the variance assumed under H0 (pooled, baseline only or unpooled), in whether the arcsine (Cohen\'s h) scale is used, and in whether power counts the far rejection tail; the first row is the default.';
const meanWhy = 'The t-test methods account for estimating the standard deviation (a few more users than the normal approximation); counting the far tail changes almost nothing.';

function proportionDesign(input: SampleSizeProportionsInput, out: SampleSizeProportionsOutput): ProportionDesign {
  return { baselineRate: input.baselineRate, treatmentRate: out.treatmentRate, alpha: input.alpha, power: input.power, alternative: input.alternative };
}

export function SampleSizeProportionsView({ input, output, ctl }: { input: SampleSizeProportionsInput; output: SampleSizeProportionsOutput; ctl: CalculatorController }) {
  const n = output.byMethod.pooled.nPerArm;
  // Curves follow a moment behind the typing (deferred), so keystrokes never wait for them.
  const deferred = useDeferredValue(useMemo(() => ({ input, output }), [input, output]));
  const curves = useMemo(() => {
    const d = proportionDesign(deferred.input, deferred.output);
    const target = deferred.output.byMethod.pooled.nPerArm;
    return { power: powerCurveProportions(d, target), mde: mdeCurveProportions(d, target) };
  }, [deferred]);
  return (
    <>
      <DurationPanel nPerArm={n} ctl={ctl} />
      <MethodsTable byMethod={output.byMethod} labels={proportionMethodLabels} why={proportionWhy} />
      <div className="calc-charts calc-charts-2">
        <CurveChart testId="power-curve" points={curves.power} title="Power by visitors per arm" yLabel="Power" yFormat={pct} markN={n} markY={input.power} yDomain={[0, 1]} />
        <CurveChart testId="mde-curve" points={curves.mde} title="Detectable relative lift by visitors per arm" yLabel="Relative MDE" yFormat={(v) => formatPercent(v, 0)} markN={n} />
      </div>
    </>
  );
}

function meanDesign(input: SampleSizeMeansInput): MeanDesign {
  const mde = input.mdeType === 'absolute' ? input.mde : input.mde * input.sd;
  return { sd: input.sd, mde, alpha: input.alpha, power: input.power, alternative: input.alternative };
}

export function SampleSizeMeansView({ input, output, ctl }: { input: SampleSizeMeansInput; output: SampleSizeMeansOutput; ctl: CalculatorController }) {
  const n = output.byMethod.tTest.nPerArm;
  const deferred = useDeferredValue(useMemo(() => ({ input, output }), [input, output]));
  const curves = useMemo(() => {
    const target = deferred.output.byMethod.tTest.nPerArm;
    return { power: powerCurveMeans(meanDesign(deferred.input), target), mde: mdeCurveMeans(meanDesign(deferred.input), target) };
  }, [deferred]);
  return (
    <>
      <DurationPanel nPerArm={n} ctl={ctl} />
      <MethodsTable byMethod={output.byMethod} labels={meanMethodLabels} why={meanWhy} />
      <div className="calc-charts calc-charts-2">
        <CurveChart testId="power-curve" points={curves.power} title="Power by sample size per arm" yLabel="Power" yFormat={pct} markN={n} markY={input.power} yDomain={[0, 1]} />
        <CurveChart testId="mde-curve" points={curves.mde} title="Detectable difference by sample size per arm" yLabel="MDE" yFormat={(v) => formatNumber(v, 3)} markN={n} />
      </div>
    </>
  );
}

export function PowerProportionsView({ input: live }: { input: PowerProportionsInput }) {
  const input = useDeferredValue(live);
  const points = useMemo(() => powerCurveProportions({ ...input, power: 0.8 }, input.nPerArm), [input]);
  return <CurveChart testId="power-curve" points={points} title="Power by visitors per arm" yLabel="Power" yFormat={pct} markN={input.nPerArm} markY={0.8} yDomain={[0, 1]} />;
}

export function MdeProportionsView({ input: live }: { input: MdeProportionsInput }) {
  const input = useDeferredValue(live);
  const points = useMemo(() => mdeCurveProportions({ ...input, treatmentRate: input.baselineRate }, input.nPerArm), [input]);
  return <CurveChart testId="mde-curve" points={points} title="Detectable relative lift by visitors per arm" yLabel="Relative MDE" yFormat={(v) => formatPercent(v, 0)} markN={input.nPerArm} />;
}

export function PowerMeansView({ input: live }: { input: PowerMeansInput }) {
  const input = useDeferredValue(live);
  const points = useMemo(() => powerCurveMeans({ ...input, power: 0.8 }, input.nPerArm), [input]);
  return <CurveChart testId="power-curve" points={points} title="Power by sample size per arm" yLabel="Power" yFormat={pct} markN={input.nPerArm} markY={0.8} yDomain={[0, 1]} />;
}

export function MdeMeansView({ input: live }: { input: MdeMeansInput }) {
  const input = useDeferredValue(live);
  const points = useMemo(() => mdeCurveMeans({ ...input, mde: 0 }, input.nPerArm), [input]);
  return <CurveChart testId="mde-curve" points={points} title="Detectable difference by sample size per arm" yLabel="MDE" yFormat={(v) => formatNumber(v, 3)} markN={input.nPerArm} />;
}
