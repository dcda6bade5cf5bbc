// A registry of cards for ```abtest blocks, keyed by calculator id. The calculators feature can
// register a live result card (until then, or for unknown ids, the placeholder card is shown) and
// the markdown the exports write for a block.
import { useEffect, useSyncExternalStore, type ComponentType } from 'react';
import type { AbtestParsed } from '../../domain/episode';
import { abtestLabel } from './preview-data';
import { whenIdle } from '../../ui/when-idle';

export interface AbtestCardProps {
  calculator: string;
  input: unknown;
  source: string;
}
export type AbtestCard = ComponentType<AbtestCardProps>;

const cards = new Map<string, AbtestCard>();
const listeners = new Set<() => void>();
let version = 0;

/** Registers the card for a calculator id; returns a function that removes it. */
export function registerAbtestCard(calculatorId: string, card: AbtestCard): () => void {
  cards.set(calculatorId, card);
  version += 1;
  listeners.forEach((l) => l());
  return () => {
    if (cards.get(calculatorId) !== card) return;
    cards.delete(calculatorId);
    version += 1;
    listeners.forEach((l) => l());
  };
}

let loader: (() => Promise<void>) | undefined;
let loading: Promise<void> | undefined;

/** How the cards and export tables arrive (the calculators' chunk, imported on first need). */
export function setAbtestCardsLoader(load: () => Promise<void>): void {
  loader = load;
}

/** Resolves once the calculators registered their cards and export tables (at once when there is no loader). */
export function abtestCardsReady(): Promise<void> {
  loading ??= (loader?.() ?? Promise.resolve()).catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

type AbtestMarkdown = (source: string) => string | undefined;
let exportMarkdown: AbtestMarkdown | undefined;

/** How an abtest block reads in a blog or HTML export; the calculators feature provides it. */
export function registerAbtestMarkdown(markdown: AbtestMarkdown): void {
  exportMarkdown = markdown;
}

/** The block as export markdown, or undefined to keep the block as it is. */
export function abtestExportMarkdown(source: string): string | undefined {
  return exportMarkdown?.(source);
}

/** The registered card for a calculator id, or undefined (the placeholder is used). */
export function useAbtestCard(calculatorId: string | undefined): AbtestCard | undefined {
  useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => version,
  );
  return calculatorId ? cards.get(calculatorId) : undefined;
}

export function AbtestBlockCard({ parsed, source }: { parsed: AbtestParsed; source: string }) {
  const Card = useAbtestCard('error' in parsed ? undefined : parsed.calculator);
  // The live card comes with the calculators' code, fetched once the episode is on screen and the page is
  // idle (compiling it at once delayed opening an episode with a calculation by ~200 ms); the placeholder shows meanwhile.
  useEffect(() => whenIdle(() => void abtestCardsReady().catch(() => undefined)), []);
  if (Card && !('error' in parsed)) return <Card calculator={parsed.calculator} input={parsed.input} source={source} />;
  return (
    <div className={`abtest-card${'error' in parsed ? ' abtest-card-error' : ''}`} data-testid="abtest-card">
      <span className="abtest-card-badge">A/B</span>
      <span>{abtestLabel(parsed)}</span>
    </div>
  );
}
