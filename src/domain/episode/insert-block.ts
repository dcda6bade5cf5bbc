// Where a block (a saved calculation) goes in an episode's body: where the person left the cursor,
// at the end of a chosen section, or at the end. Always as a block of its own, blank lines around.
import { layoutBody } from './sections';
import { normalizeHeading } from './section-kinds';

export type BlockPlace = { at: 'cursor'; offset: number } | { at: 'section'; heading: string } | { at: 'end' };

function between(before: string, block: string, after: string): { body: string; offset: number } {
  const head = before.replace(/\s+$/, '');
  const tail = after.replace(/^(?:[ \t]*\r?\n)+/, '');
  const lead = head ? `${head}\n\n` : '';
  return { body: `${lead}${block}\n${tail ? `\n${tail}` : ''}`, offset: lead.length };
}

/**
 * The body with `block` placed, and the offset it starts at. At the cursor: after the line the
 * cursor is on (never inside a word or a line). In a section: after its last text, before the next
 * heading; a heading that is no longer there means the end.
 */
export function insertBlock(body: string, block: string, place: BlockPlace): { body: string; offset: number } {
  if (place.at === 'cursor') {
    const at = Math.max(0, Math.min(place.offset, body.length));
    const lineEnd = body.indexOf('\n', at);
    const cut = lineEnd < 0 ? body.length : lineEnd;
    return between(body.slice(0, cut), block, body.slice(cut));
  }
  if (place.at === 'section') {
    const key = normalizeHeading(place.heading);
    const span = layoutBody(body).sections.find((s) => normalizeHeading(s.plainHeading) === key);
    if (span) return between(body.slice(0, span.end), block, body.slice(span.end));
  }
  return between(body, block, '');
}
