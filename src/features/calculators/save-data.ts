// Saving a calculation into an episode: the ```abtest block (the format parseAbtestSource reads)
// and where it goes.
import { stringify } from 'yaml';

/** A fenced ```abtest block holding the calculator id and its (validated) input as YAML. */
export function abtestBlock(calculatorId: string, input: unknown): string {
  const yaml = stringify({ calculator: calculatorId, input }, { flowCollectionPadding: false, lineWidth: 0 }).trimEnd();
  return `\`\`\`abtest\n${yaml}\n\`\`\``;
}

/** The body with the block appended after one blank line. */
export function appendBlock(body: string, block: string): string {
  const trimmed = body.replace(/\s+$/, '');
  return trimmed ? `${trimmed}\n\n${block}\n` : `${block}\n`;
}

/** The live episode for the given week (its Monday, yyyy-MM-dd), newest first. */
export function episodeForWeek<E extends { id: string; weekOf?: string }>(episodes: readonly E[], weekOf: string): E | undefined {
  return episodes.find((e) => e.weekOf === weekOf);
}
