// Pasting a whole post into a new, empty episode: the editor offers to split it into sections the
// way Import does (title from the first line, bare-line headings, lists and paragraphs kept).
import type { EpisodeDraft, ParseOptions } from '../../domain/episode';
import { importText, layoutBody, looksLikeMarkdown } from '../../domain/episode';

/** Lines a paste needs before it reads as a post rather than a snippet. */
const MIN_POST_LINES = 4;

/** Nothing written yet: only headings and kind lines (a new episode's template), or nothing. */
export function isEmptyBody(body: string): boolean {
  const layout = layoutBody(body);
  return layout.preamble.trim() === '' && layout.sections.every((section) => section.markdown.trim() === '');
}

/**
 * The post split into sections when `pasted` went into an empty body and reads as a whole
 * plain-text post (two sections or more once split); null otherwise. Markdown with its own
 * headings already has its sections, so it is not offered.
 */
export function splitOffer(bodyBefore: string, pasted: string, knowledge?: ParseOptions): EpisodeDraft | null {
  if (!isEmptyBody(bodyBefore)) return null;
  const text = pasted.replace(/\r\n?/g, '\n');
  if (text.split('\n').filter((line) => line.trim() !== '').length < MIN_POST_LINES || looksLikeMarkdown(text)) return null;
  try {
    const draft = importText(text, { knowledge });
    return draft.sections.length >= 2 ? draft : null;
  } catch {
    return null;
  }
}
