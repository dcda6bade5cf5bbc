// The simulator's chart, what it shows, and a button for a fresh seed.
import { useMemo } from 'react';
import type { CalculatorInput, CalculatorOutput } from '../../../domain/stats';
import { formatCount } from '../format';
import type { CalculatorController } from '../use-calculator';
import { PeekingChart } from './PeekingChart';
import { peekingPoints } from './peeking-data';

export function PeekingView({ input, output, ctl }: { input: CalculatorInput<'peeking-simulator'>; output: CalculatorOutput<'peeking-simulator'>; ctl: CalculatorController }) {
  const aa = input.controlRate === input.treatmentRate;
  const points = useMemo(() => peekingPoints(output, aa && input.alpha === 0.05), [output, aa, input.alpha]);
  const newSeed = () => ctl.setField('seed', String(Math.floor(Math.random() * 2 ** 32)));
  return (
    <>
      <PeekingChart points={points} alpha={input.alpha} aa={aa} />
      <section className="calc-panel" aria-label="About this simulation">
        <p className="calc-chart-note">
          {formatCount(input.runs)} experiments with {formatCount(input.nPerLookPerArm)} new visitors per arm before each look, seed {input.seed}: the same seed always gives the same numbers.
          {aa
            ? ' Each point is the share of experiments a rule had declared significant by that look, which is the false-positive rate of peeking that many times. A fixed-horizon test stays at α only when it is looked at once.'
            : ' Each point is the share of experiments a rule had declared significant by that look.'}
        </p>
        <button type="button" className="btn calc-seed" onClick={newSeed}>
          Run again with a new seed
        </button>
      </section>
    </>
  );
}
