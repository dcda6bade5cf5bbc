// A saved calculation (an ```abtest block) as a blog-ready markdown table: its inputs, its result
// and the verdict, the same numbers the episode's live card shows. The HTML export renders it too.
import { abtestCardState } from './AbtestResultCard';

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');

/** Markdown for the block, or undefined when it cannot be computed (the block is then kept as it is). */
export function abtestMarkdown(source: string): string | undefined {
  const state = abtestCardState(source);
  if (state.ok === false) return undefined;
  const lines = [`**${cell(state.title)}**`, ''];
  if (state.inputs.length) {
    lines.push('| Input | Value |', '| --- | --- |', ...state.inputs.map((row) => `| ${cell(row.label)} | ${cell(row.value)} |`), '');
  }
  if (state.ok === 'worker') {
    lines.push('*A simulation: its result is drawn live in the episode in Episodes.*');
    return lines.join('\n');
  }
  const results = state.summary.rows.filter((row) => !row.method);
  lines.push('| Result | Value |', '| --- | ---: |', ...results.map((row) => `| ${cell(row.label)} | ${cell(row.value)} |`), '');
  lines.push(`**Verdict:** ${cell(state.summary.verdict)}`);
  return lines.join('\n');
}
