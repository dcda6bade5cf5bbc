// The peeking simulator: many seeded experiments, run in the worker with progress.
import type { DescriptorGroup } from '../descriptor';
import { PeekingView } from './PeekingView';
import { peekingSummary } from './summary';

const base = { nPerLookPerArm: 1000, controlRate: 0.1, alpha: 0.05, runs: 10_000, seed: 1, tuningN: 5000, tau: 0.01 };

export const peekingDescriptors = {
  'peeking-simulator': {
    fields: {
      hints: {
        controlRate: 'As a fraction or a percent: 0.1 or 10%.',
        treatmentRate: 'Equal to A’s rate: an A/A test, where every “win” is a false positive.',
        runs: 'Looks × experiments at most 10,000,000.',
        seed: 'Any whole number from 0 to 4,294,967,295.',
      },
    },
    presets: [
      { label: 'A/A, 5 looks', input: { ...base, looks: 5, treatmentRate: 0.1 } },
      { label: 'A/A, 50 daily looks', input: { ...base, looks: 50, nPerLookPerArm: 400, treatmentRate: 0.1 } },
      { label: 'Real lift 10% → 11%', input: { ...base, looks: 20, nPerLookPerArm: 500, treatmentRate: 0.11 } },
    ],
    View: PeekingView,
    summary: peekingSummary,
    runsInWorker: true,
    about: {
      when: 'To see, and show, why a fixed-horizon test must not be stopped the first time p < 0.05: with daily looks its false-positive rate climbs far past α, while sequential tests stay valid.',
      assumes: 'Each experiment adds the same number of visitors per arm before every look, conversions drawn independently (binomial) with fixed rates; all three rules see the same data. Results carry Monte Carlo error (shown as ± two standard errors).',
    },
  },
} satisfies DescriptorGroup;
