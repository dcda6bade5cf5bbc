// A calculator result reduced to what a person reads: key numbers and a plain-language verdict.
// The result screens, the episode card and "Copy as markdown table" all use it.

export interface SummaryRow {
  label: string;
  value: string;
  /** The unrounded value, for a tooltip. */
  exact?: string;
  /** A per-method row, shown in its own table on screens that have one. */
  method?: boolean;
}

export type Tone = 'positive' | 'negative' | 'neutral' | 'warning';

export interface Summary {
  rows: SummaryRow[];
  verdict: string;
  tone: Tone;
  /** A table too long for the key numbers (one row per p-value, per look), copied under the verdict. */
  details?: { head: string[]; rows: string[][] };
}

export const proportionMethodLabels: Record<string, string> = {
  pooled: 'Pooled variance (R power.prop.test)',
  pooledBothTails: 'Pooled, both tails (R strict = TRUE)',
  cohensH: "Cohen's h, both tails (statsmodels, G*Power)",
  cohensHNearTail: "Cohen's h, near tail only",
  baselineVariance: 'Baseline variance (Evan Miller)',
  unpooled: 'Unpooled variance (textbook z)',
};

export const meanMethodLabels: Record<string, string> = {
  tTest: 't-test (R power.t.test)',
  tTestBothTails: 't-test, both tails (statsmodels)',
  normal: 'Normal approximation',
};

export const alternativeWords: Record<string, string> = {
  'two-sided': 'two-sided',
  greater: 'one-sided, B > A',
  less: 'one-sided, B < A',
  'one-sided': 'one-sided',
};
