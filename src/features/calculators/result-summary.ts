// A calculator's summary through its descriptor, and the summary as a markdown table.
import type { CalculatorId } from '../../domain/stats';
import { calculators } from '../../domain/stats';
import { descriptorOf } from './descriptors';
import type { Draft } from './form-draft';
import type { Summary } from './summary-types';

/** Inputs are validated by calculate() before a summary sees them; `draft` is the form's typed state. */
export function summarize(id: CalculatorId, input: unknown, output: unknown, draft?: Draft): Summary {
  return (descriptorOf(id).summary as (i: unknown, o: unknown, d?: Draft) => Summary)(input, output, draft);
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const row = (cells: readonly string[]) => `| ${cells.map(cell).join(' | ')} |`;

/** The result as a GitHub-flavoured markdown table, the verdict under it, then any detail table. */
export function markdownTable(id: CalculatorId, summary: Summary): string {
  const lines = [`**${calculators[id].title}**`, '', '| Result | Value |', '| --- | ---: |'];
  for (const r of summary.rows) lines.push(row([r.label, r.value]));
  lines.push('', summary.verdict);
  if (summary.details) {
    const { head, rows } = summary.details;
    lines.push('', row(head), `| ${head.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`, ...rows.map(row));
  }
  return `${lines.join('\n')}\n`;
}
