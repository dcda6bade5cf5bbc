// A small classifier over the person's own earlier sections: a heading that names no kind is
// guessed from the words its text shares with sections of each kind (multinomial naive Bayes with
// add-one smoothing). It answers only when it is sure; otherwise the keyword rules decide.
import type { SectionKind } from './types';

export interface KindClassifier {
  kinds: readonly SectionKind[];
  /** log P(kind), by the share of training sections. */
  logPriors: readonly number[];
  /** Word counts per kind, in the order of `kinds`. */
  counts: readonly ReadonlyMap<string, number>[];
  totals: readonly number[];
  vocabulary: ReadonlySet<string>;
}

/** Sections a kind needs in the training set to be guessed at all. */
export const MIN_SECTIONS_PER_KIND = 2;
/** Posterior the best kind needs before the classifier answers. */
const CONFIDENCE = 0.9;
/** Words of the section the classifier must know. */
const MIN_KNOWN_WORDS = 3;

const STOP_WORDS = new Set(
  'the and for with this that was were are have has had from but not you your our their they them his her she him its into onto than then there here what when where which while who why how all any can could would should will just also very more most some such only over out about after before again once each both few other own same too one two three four five week weeks this that these those been being did does doing done get got make made much many like'.split(' '),
);

/** Lower-case words of three letters or more, markup and link targets left out. */
export function sectionWords(markdown: string): string[] {
  const text = markdown
    .replace(/```[\s\S]*?(```|$)/g, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/\]\([^)]*\)/g, ' ')
    .toLowerCase();
  return (text.match(/\p{L}[\p{L}\p{N}'’-]{2,}/gu) ?? []).filter((word) => !STOP_WORDS.has(word));
}

/**
 * Trained on sections the person wrote (their chosen or inferred kinds). Null when fewer than two
 * kinds have MIN_SECTIONS_PER_KIND sections: one kind alone would be "guessed" for everything.
 */
export function trainKindClassifier(sections: readonly { kind: SectionKind; markdown: string }[]): KindClassifier | null {
  const byKind = new Map<SectionKind, string[][]>();
  for (const section of sections) {
    const words = sectionWords(section.markdown);
    if (words.length === 0) continue;
    byKind.set(section.kind, [...(byKind.get(section.kind) ?? []), words]);
  }
  const usable = [...byKind].filter(([, docs]) => docs.length >= MIN_SECTIONS_PER_KIND);
  if (usable.length < 2) return null;
  const documents = usable.reduce((sum, [, docs]) => sum + docs.length, 0);
  const vocabulary = new Set<string>();
  const counts = usable.map(([, docs]) => {
    const map = new Map<string, number>();
    for (const word of docs.flat()) {
      map.set(word, (map.get(word) ?? 0) + 1);
      vocabulary.add(word);
    }
    return map;
  });
  return {
    kinds: usable.map(([kind]) => kind),
    logPriors: usable.map(([, docs]) => Math.log(docs.length / documents)),
    counts,
    totals: counts.map((map) => [...map.values()].reduce((a, b) => a + b, 0)),
    vocabulary,
  };
}

/** The kind the person's earlier sections point to, with its posterior; undefined when unsure. */
export function classifySection(classifier: KindClassifier, markdown: string): { kind: SectionKind; probability: number } | undefined {
  const words = sectionWords(markdown).filter((word) => classifier.vocabulary.has(word));
  if (words.length < MIN_KNOWN_WORDS) return undefined;
  const size = classifier.vocabulary.size;
  const scores = classifier.kinds.map((_, k) => {
    const counts = classifier.counts[k]!;
    const denominator = Math.log(classifier.totals[k]! + size);
    return words.reduce((sum, word) => sum + Math.log((counts.get(word) ?? 0) + 1) - denominator, classifier.logPriors[k]!);
  });
  const top = Math.max(...scores);
  const weights = scores.map((score) => Math.exp(score - top));
  const sum = weights.reduce((a, b) => a + b, 0);
  const best = scores.indexOf(top);
  const probability = weights[best]! / sum;
  return probability >= CONFIDENCE ? { kind: classifier.kinds[best]!, probability } : undefined;
}
