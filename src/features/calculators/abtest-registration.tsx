// Puts AbtestResultCard into the preview's abtest card registry for every calculator id, and the
// calculators' tables into the exports.
import { calculatorIds } from '../../domain/stats';
import { registerAbtestCard, registerAbtestMarkdown, type AbtestCardProps } from '../preview';
import { abtestMarkdown } from './abtest-export';
import { AbtestResultCard } from './AbtestResultCard';

function RegisteredCard({ source }: AbtestCardProps) {
  return <AbtestResultCard source={source} />;
}

let registered = false;

/** Idempotent: called once when the app's routes are created. */
export function registerAbtestResultCards(): void {
  if (registered) return;
  registered = true;
  for (const id of calculatorIds) registerAbtestCard(id, RegisteredCard);
  registerAbtestMarkdown(abtestMarkdown);
}
