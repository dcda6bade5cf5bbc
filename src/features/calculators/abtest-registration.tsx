// Puts AbtestResultCard into the journal preview's abtest card registry for every calculator id.
import { calculatorIds } from '../../domain/stats';
import type { AbtestCardProps } from '../editor/abtest-cards';
import { registerAbtestCard } from '../editor/abtest-cards';
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
}
