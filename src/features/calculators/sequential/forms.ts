// The sequential screens' forms: the looks as a pasted table (per day or running totals for
// conversions; running totals of n, mean and sd for means), the rest as plain fields.
import { StatsInputError } from '../../../domain/stats';
import type { FormAdapter } from '../descriptor';
import type { Draft } from '../form-draft';
import { parseNumberText } from '../form-draft';
import { dailyCounts, parseLookTable, runningTotals, type LookRow } from './looks-csv';

type Record_ = { [key: string]: Draft };
const text = (draft: Draft, key: string): string => {
  const v = draft && typeof draft === 'object' && !Array.isArray(draft) ? (draft as Record_)[key] : undefined;
  return typeof v === 'string' ? v : '';
};
const numberOrText = (draft: Draft, key: string) => parseNumberText(text(draft, key));
const str = (v: unknown, fallback = '') => (v === undefined || v === null ? fallback : String(v));

interface LookInput {
  earlierLooks?: { control: Record<string, number>; treatment: Record<string, number> }[];
  control?: Record<string, number>;
  treatment?: Record<string, number>;
  [key: string]: unknown;
}

function looksOf(input: unknown): { control: Record<string, number>; treatment: Record<string, number> }[] {
  const v = (input ?? {}) as LookInput;
  const earlier = Array.isArray(v.earlierLooks) ? v.earlierLooks : [];
  return v.control && v.treatment ? [...earlier, { control: v.control, treatment: v.treatment }] : earlier;
}

const noRows = (what: string) => new StatsInputError('looks', `Paste at least one row: ${what}.`);

export const proportionColumns = 'visitors and conversions of A, then of B';
export const proportionHeader = 'day, visitors A, conversions A, visitors B, conversions B';

/** The rows of a proportions draft (labels and values as typed). */
export const proportionRows = (draft: Draft): LookRow[] => parseLookTable(text(draft, 'looks'), 4, 'looks', proportionColumns);

export const proportionsForm: FormAdapter = {
  fromInput(input) {
    const v = (input ?? {}) as LookInput;
    const totals = looksOf(input).map((l) => [l.control.visitors!, l.control.conversions!, l.treatment.visitors!, l.treatment.conversions!]);
    const days = dailyCounts(totals).map((row, i) => [`Day ${i + 1}`, ...row].join(', '));
    return {
      looks: [proportionHeader, ...days].join('\n'),
      countsAre: 'daily',
      alpha: str(v.alpha, '0.05'),
      tuningN: str(v.tuningN, '5000'),
      tau: str(v.tau),
      simpleSequentialN: str(v.simpleSequentialN),
    };
  },
  toInput(draft) {
    const rows = proportionRows(draft);
    if (rows.length === 0) throw noRows(`one per day, with ${proportionColumns}`);
    const values = text(draft, 'countsAre') === 'cumulative' ? rows.map((r) => r.values) : runningTotals(rows.map((r) => r.values));
    const looks = values.map(([cv, cc, tv, tc]) => ({ control: { visitors: cv, conversions: cc }, treatment: { visitors: tv, conversions: tc } }));
    const last = looks[looks.length - 1]!;
    return {
      earlierLooks: looks.slice(0, -1),
      control: last.control,
      treatment: last.treatment,
      alpha: numberOrText(draft, 'alpha'),
      tuningN: numberOrText(draft, 'tuningN'),
      tau: numberOrText(draft, 'tau'),
      simpleSequentialN: numberOrText(draft, 'simpleSequentialN'),
    };
  },
};

export const meanColumns = 'n, mean and sd of A, then of B';
export const meanHeader = 'look, n A, mean A, sd A, n B, mean B, sd B';
export const meanRows = (draft: Draft): LookRow[] => parseLookTable(text(draft, 'looks'), 6, 'looks', meanColumns);

export const meansForm: FormAdapter = {
  fromInput(input) {
    const v = (input ?? {}) as LookInput;
    const rows = looksOf(input).map((l, i) => [`Look ${i + 1}`, l.control.n, l.control.mean, l.control.sd, l.treatment.n, l.treatment.mean, l.treatment.sd].join(', '));
    return { looks: [meanHeader, ...rows].join('\n'), alpha: str(v.alpha, '0.05'), tuningN: str(v.tuningN, '5000'), tau: str(v.tau) };
  },
  toInput(draft) {
    const rows = meanRows(draft);
    if (rows.length === 0) throw noRows(`one per look, with the running ${meanColumns}`);
    const looks = rows.map(({ values: [na, ma, sa, nb, mb, sb] }) => ({ control: { mean: ma, sd: sa, n: na }, treatment: { mean: mb, sd: sb, n: nb } }));
    const last = looks[looks.length - 1]!;
    return {
      earlierLooks: looks.slice(0, -1),
      control: last.control,
      treatment: last.treatment,
      alpha: numberOrText(draft, 'alpha'),
      tuningN: numberOrText(draft, 'tuningN'),
      tau: numberOrText(draft, 'tau'),
    };
  },
};

/** The row an engine field is about: earlierLooks.i is row i, the latest look (control.*, treatment.*) the last row. */
export function rowOfField(field: string, rowCount: number): number | null {
  const earlier = /^earlierLooks\.(\d+)/.exec(field);
  if (earlier) return Number(earlier[1]);
  return /^(control|treatment)(\.|$)/.test(field) && rowCount > 0 ? rowCount - 1 : null;
}
