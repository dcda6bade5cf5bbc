// What a single line of plain text is: shared by the heading finder and the block layout.

/** A bullet (ASCII or typographic) or a number with `.` or `)`, then the item's text. */
export const LIST_ITEM_RE = /^\s*(?:[-*+•◦▪‣–—]|\d{1,3}[.)])\s+(\S.*)$/;
/** Marker parts: leading space, marker, the space after it. */
export const LIST_MARKER_RE = /^(\s*)([-*+•◦▪‣–—]|\d{1,3}[.)])(\s+)/;
export const FANCY_BULLET_RE = /^(\s*)[•◦▪‣–—](\s+\S)/;
export const CLOSING_PUNCTUATION_RE = /[.!?;,…:]["'’”)\]]*$/;
/** Ends a sentence or introduces something: the next line does not continue it. */
export const SENTENCE_END_RE = /[.!?;…:]["'’”)\]]*$/;
export const RULE_RE = /^\s{0,3}(?:-{3,}|={3,}|\*{3,}|_{3,})\s*$/;

export const isBlank = (line: string | undefined): boolean => line === undefined || line.trim() === '';
export const isListItem = (line: string | undefined): boolean => line !== undefined && LIST_ITEM_RE.test(line);
