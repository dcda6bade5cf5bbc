// The summary registry, keyed by calculator id (one entry per calculator, checked by the type).
import type { CalculatorId } from '../../domain/stats';
import { calculators } from '../../domain/stats';
import { mdeMeansSummary, mdeProportionsSummary, powerMeansSummary, powerProportionsSummary, sampleSizeMeansSummary, sampleSizeProportionsSummary } from './summary-planning';
import { bayesianSummary, chiSquareSummary, liftSummary, meanTestSummary, oneSampleSummary, srmSummary, twoProportionSummary } from './summary-tests';
import { normalCriticalSummary, normalQuantileSummary, tailSummary, tCriticalSummary, tQuantileSummary, waldSummary, wilsonSummary } from './summary-tools';
import type { Summary } from './summary-types';

// Inputs are validated by calculate() before a summary sees them; `never` lets each entry keep its own types.
export const summaries = {
  'two-proportion-z-test': twoProportionSummary,
  'welch-t-test': meanTestSummary,
  'student-t-test': meanTestSummary,
  'one-sample-t-test': oneSampleSummary,
  'chi-square-independence': chiSquareSummary,
  'srm-check': srmSummary,
  'sample-size-proportions': sampleSizeProportionsSummary,
  'power-proportions': powerProportionsSummary,
  'mde-proportions': mdeProportionsSummary,
  'sample-size-means': sampleSizeMeansSummary,
  'power-means': powerMeansSummary,
  'mde-means': mdeMeansSummary,
  'normal-quantile': normalQuantileSummary,
  't-quantile': tQuantileSummary,
  'normal-critical-value': normalCriticalSummary,
  't-critical-value': tCriticalSummary,
  'normal-tail-probability': tailSummary,
  'proportion-ci-wilson': wilsonSummary,
  'proportion-ci-wald': waldSummary,
  'bayesian-ab': bayesianSummary,
  'relative-lift-ci': liftSummary,
} satisfies Record<CalculatorId, (input: never, output: never) => Summary>;

export function summarize(id: CalculatorId, input: unknown, output: unknown): Summary {
  return (summaries[id] as (i: unknown, o: unknown) => Summary)(input, output);
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The result as a GitHub-flavoured markdown table, with the verdict under it. */
export function markdownTable(id: CalculatorId, summary: Summary): string {
  const lines = [`**${calculators[id].title}**`, '', '| Result | Value |', '| --- | ---: |'];
  for (const row of summary.rows) lines.push(`| ${cell(row.label)} | ${cell(row.value)} |`);
  lines.push('', summary.verdict);
  return `${lines.join('\n')}\n`;
}
