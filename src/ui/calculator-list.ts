// The calculators' ids and titles for screens in the start-up bundle (the dashboard, the palette):
// read from the statistics engine's registry, which is imported on first need, so the engine (and
// its distribution library) is not part of the start-up bundle.
import { useEffect, useState } from 'react';

export interface CalculatorTitle {
  id: string;
  title: string;
}

let list: readonly CalculatorTitle[] | undefined;
let loading: Promise<readonly CalculatorTitle[]> | undefined;

export function loadCalculatorList(): Promise<readonly CalculatorTitle[]> {
  loading ??= import('../domain/stats').then(
    (stats) => (list = Object.values(stats.calculators).map((c) => ({ id: c.id, title: c.title }))),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** The calculators in display order; undefined until the registry has loaded (a few milliseconds once fetched). */
export function useCalculatorList(): readonly CalculatorTitle[] | undefined {
  const [shown, setShown] = useState(list);
  useEffect(() => {
    if (shown) return;
    let live = true;
    void loadCalculatorList().then(
      (loaded) => live && setShown(loaded),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [shown]);
  return shown;
}
