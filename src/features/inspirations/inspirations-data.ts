import type { Inspiration } from '../../domain/inspirations';
import { parseDay, weekOfFromDate } from '../../domain/week';

/** Entries grouped by ISO week (its Monday), newest week first, keeping the list's order inside. */
export function groupByWeek<T extends Inspiration>(list: readonly T[]): { weekOf: string; items: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const item of list) {
    const day = parseDay(item.date);
    if (!day) continue;
    const week = weekOfFromDate(day);
    const items = groups.get(week) ?? [];
    items.push(item);
    groups.set(week, items);
  }
  return [...groups].sort(([a], [b]) => b.localeCompare(a)).map(([weekOf, items]) => ({ weekOf, items }));
}
