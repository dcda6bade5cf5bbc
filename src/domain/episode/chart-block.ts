// Live charts in an episode: fenced blocks with the info string `chart`, one `key: value` a line.
//   show: burn-up | hours | accuracy
//   certification: a name or id (burn-up and hours; default: the first one not archived)
//   weeks: how many weeks back the hours chart goes (1..52, default 8)
// Which certification a name means is the data layer's question, not this parser's.
import type { Code } from 'mdast';
import { visit } from 'unist-util-visit';
import { parseMarkdown } from './markdown';

export const CHART_KINDS = ['burn-up', 'hours', 'accuracy'] as const;
export type ChartKind = (typeof CHART_KINDS)[number];

export interface ChartSpec {
  show: ChartKind;
  certification?: string;
  weeks: number;
}
export type ChartParsed = ChartSpec | { error: string };

export interface ChartPoint {
  line: number;
  column: number;
  offset: number;
}

export interface ChartBlock {
  source: string;
  parsed: ChartParsed;
  /** Start and end of the fenced block (fences included) in the text passed in. */
  position: { start: ChartPoint; end: ChartPoint };
}

export const DEFAULT_CHART_WEEKS = 8;
export const MAX_CHART_WEEKS = 52;
const KEYS = ['show', 'certification', 'weeks'] as const;
const EXAMPLE = 'Write for example `show: hours` (one of burn-up, hours, accuracy).';

export function parseChartSource(source: string): ChartParsed {
  const values = new Map<string, string>();
  const lines = source.split(/\r?\n/);
  for (const [i, raw] of lines.entries()) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const colon = line.indexOf(':');
    if (colon <= 0) return { error: `Line ${i + 1} ("${line}") is not \`key: value\`. ${EXAMPLE}` };
    const key = line.slice(0, colon).trim().toLowerCase();
    // A comment may follow the value after a space: `show: hours  # or burn-up`.
    const value = line.slice(colon + 1).replace(/\s#.*$/, '').trim();
    if (!(KEYS as readonly string[]).includes(key)) return { error: `Line ${i + 1}: "${key}" is not a chart setting; use show, certification or weeks.` };
    if (values.has(key)) return { error: `Line ${i + 1}: "${key}" is given twice; keep one.` };
    values.set(key, value);
  }
  const show = values.get('show');
  if (show === undefined || show === '') return { error: `The chart block has no \`show:\`. ${EXAMPLE}` };
  if (!(CHART_KINDS as readonly string[]).includes(show.toLowerCase())) return { error: `"show: ${show}" is not a chart; use burn-up, hours or accuracy.` };
  const spec: ChartSpec = { show: show.toLowerCase() as ChartKind, weeks: DEFAULT_CHART_WEEKS };
  const weeks = values.get('weeks');
  if (weeks !== undefined) {
    if (spec.show !== 'hours') return { error: `\`weeks:\` only applies to \`show: hours\`; remove it for ${spec.show}.` };
    if (!/^\d+$/.test(weeks) || Number(weeks) < 1 || Number(weeks) > MAX_CHART_WEEKS) return { error: `"weeks: ${weeks}" must be a whole number from 1 to ${MAX_CHART_WEEKS}.` };
    spec.weeks = Number(weeks);
  }
  const certification = values.get('certification');
  if (certification !== undefined) {
    if (spec.show === 'accuracy') return { error: 'Practice accuracy covers every topic, not one certification; remove `certification:`.' };
    if (certification === '') return { error: '`certification:` is empty; give a name or remove the line to use the first active one.' };
    spec.certification = certification;
  }
  return spec;
}

function point(p: { line: number; column: number; offset?: number } | undefined): ChartPoint {
  return { line: p?.line ?? 1, column: p?.column ?? 1, offset: p?.offset ?? 0 };
}

export function extractChartBlocks(markdown: string): ChartBlock[] {
  const blocks: ChartBlock[] = [];
  visit(parseMarkdown(markdown), 'code', (node: Code) => {
    if (node.lang !== 'chart') return;
    blocks.push({ source: node.value, parsed: parseChartSource(node.value), position: { start: point(node.position?.start), end: point(node.position?.end) } });
  });
  return blocks;
}

/** A new chart block (what Insert → Chart writes), with the settings spelled out to edit. */
export function chartBlockText(show: ChartKind = 'hours'): string {
  const settings = show === 'hours' ? [`show: hours  # or burn-up, accuracy`, `weeks: ${DEFAULT_CHART_WEEKS}`] : [`show: ${show}`];
  return ['```chart', ...settings, '```'].join('\n');
}

/** Where a block goes at `at` and the text to insert: on lines of its own, with a blank line around it. */
export function blockInsertion(body: string, at: number, block: string): { at: number; insert: string } {
  const before = body.slice(0, at);
  const after = body.slice(at);
  const lead = before === '' || before.endsWith('\n\n') ? '' : before.endsWith('\n') ? '\n' : '\n\n';
  const trail = after.startsWith('\n\n') ? '' : after.startsWith('\n') || after === '' ? '\n' : '\n\n';
  return { at, insert: `${lead}${block}${trail}` };
}
