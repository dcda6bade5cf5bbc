// A pasted table of looks: one row per day (or per look), an optional label first, then the numbers
// of both arms. Commas, semicolons or tabs separate cells; a first line with words is a header.
import { StatsInputError } from '../../../domain/stats';
import { parseNumberText } from '../form-draft';

export interface LookRow {
  /** The first cell when the row has one more cell than numbers, else "Day i". */
  label: string;
  values: (number | string | undefined)[];
  /** 1-based line in the pasted text. */
  line: number;
}

/** Cells of one CSV line; double quotes protect separators ("1,204"). */
function cells(line: string): string[] {
  const out: string[] = [];
  let cell = '';
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === ',' || ch === ';' || ch === '\t')) {
      out.push(cell.trim());
      cell = '';
    } else cell += ch;
  }
  out.push(cell.trim());
  // A line of numbers separated by spaces only.
  return out.length === 1 ? out[0]!.split(/\s+/).filter(Boolean) : out;
}

const isNumber = (text: string) => typeof parseNumberText(text) === 'number';

/**
 * Rows of `width` numbers each. Throws StatsInputError on `field` for a row of the wrong width,
 * naming its line; a header line (words in the number columns) is skipped.
 */
export function parseLookTable(text: string, width: number, field: string, columns: string): LookRow[] {
  const rows: LookRow[] = [];
  const lines = text.split(/\r?\n/);
  lines.forEach((raw, index) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    const parts = cells(line);
    const numbers = parts.filter(isNumber).length;
    if (rows.length === 0 && numbers < Math.min(width, parts.length - 1)) return; // header
    const labelled = parts.length === width + 1 || !isNumber(parts[0]!);
    const count = labelled ? parts.length - 1 : parts.length;
    if (count !== width) {
      const where = labelled ? ` after “${parts[0]}”` : '';
      throw new StatsInputError(field, `Line ${index + 1} has ${count} number${count === 1 ? '' : 's'}${where}; each row needs ${columns} (${width} numbers), after an optional label.`);
    }
    rows.push({
      label: labelled ? parts[0]! : `Day ${rows.length + 1}`,
      values: (labelled ? parts.slice(1) : parts).map((p) => parseNumberText(p.replace(/,/g, ''))),
      line: index + 1,
    });
  });
  return rows;
}

/** Running totals of daily counts: text stays where it is (the engine names it), later totals skip it. */
export function runningTotals(rows: readonly (number | string | undefined)[][]): (number | string | undefined)[][] {
  const sums: number[] = [];
  return rows.map((row) =>
    row.map((v, j) => {
      if (typeof v !== 'number') return v;
      sums[j] = (sums[j] ?? 0) + v;
      return sums[j];
    }),
  );
}

/** Daily counts back from running totals (for a look table filled from a saved input). */
export function dailyCounts(totals: readonly number[][]): number[][] {
  return totals.map((row, i) => row.map((v, j) => (i === 0 ? v : v - totals[i - 1]![j]!)));
}
