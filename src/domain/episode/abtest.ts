// Embedded calculations: fenced blocks with the info string `abtest`, holding a calculator id and
// its input as JSON or YAML. Checking the input belongs to the calculator registry, not here.
import type { Code } from 'mdast';
import { visit } from 'unist-util-visit';
import { parse as parseYaml } from 'yaml';
import { parseMarkdown } from './markdown';

export type AbtestParsed = { calculator: string; input: unknown } | { error: string };

export interface AbtestPoint {
  line: number;
  column: number;
  offset: number;
}

export interface AbtestBlock {
  /** The whole info string, e.g. `abtest` or `abtest title="Checkout"`. */
  info: string;
  source: string;
  parsed: AbtestParsed;
  /** Start and end of the fenced block in the text passed in. */
  position: { start: AbtestPoint; end: AbtestPoint };
}

function message(error: unknown): string {
  return error instanceof Error ? error.message.split('\n')[0] ?? '' : String(error);
}

export function parseAbtestSource(source: string): AbtestParsed {
  let data: unknown;
  try {
    data = source.trim().startsWith('{') ? JSON.parse(source) : parseYaml(source);
  } catch (error) {
    return { error: `The block is neither valid JSON nor valid YAML: ${message(error)}` };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { error: 'The block must be a map with `calculator:` and `input:`.' };
  }
  const record = data as Record<string, unknown>;
  if (typeof record.calculator !== 'string' || record.calculator.trim() === '') {
    return { error: 'The block has no `calculator:` id.' };
  }
  if (!('input' in record)) return { error: `The block has no \`input:\` for calculator "${record.calculator}".` };
  return { calculator: record.calculator.trim(), input: record.input };
}

function point(p: { line: number; column: number; offset?: number } | undefined): AbtestPoint {
  return { line: p?.line ?? 1, column: p?.column ?? 1, offset: p?.offset ?? 0 };
}

export function extractAbtestBlocks(markdown: string): AbtestBlock[] {
  const blocks: AbtestBlock[] = [];
  visit(parseMarkdown(markdown), 'code', (node: Code) => {
    if (node.lang !== 'abtest') return;
    blocks.push({
      info: [node.lang, node.meta].filter(Boolean).join(' '),
      source: node.value,
      parsed: parseAbtestSource(node.value),
      position: { start: point(node.position?.start), end: point(node.position?.end) },
    });
  });
  return blocks;
}
