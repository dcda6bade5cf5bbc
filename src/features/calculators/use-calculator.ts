// A calculator's form state: the typed draft (remembered in settings under `calculator:<id>`),
// its evaluation on every change, presets and reset.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { loadCalculatorSetting, saveCalculatorSetting } from '../../data/saved-calculations-repo';
import type { CalculatorId } from '../../domain/stats';
import { readPreferences } from '../../data/preferences';
import { defaultDraft, defaultExtras, draftFromInput, evaluate, restoreDraft } from './calculator-form';
import type { Draft, Evaluation, StatDefaults } from './form-draft';
import { setAt } from './form-draft';

export interface CalculatorState {
  draft: Draft;
  extras: Record<string, string>;
}

function restoreState(id: CalculatorId, stored: unknown, defaults?: StatDefaults): CalculatorState {
  const record = stored && typeof stored === 'object' ? (stored as Record<string, unknown>) : {};
  const extras = defaultExtras(id);
  if (record.extras && typeof record.extras === 'object') {
    for (const [k, v] of Object.entries(record.extras)) if (typeof v === 'string' && k in extras) extras[k] = v;
  }
  return { draft: record.draft === undefined ? defaultDraft(id, defaults) : restoreDraft(id, record.draft), extras };
}

export interface CalculatorController {
  loaded: boolean;
  draft: Draft;
  extras: Record<string, string>;
  evaluation: Evaluation;
  setField(path: string, value: Draft): void;
  setDraft(draft: Draft): void;
  setExtra(key: string, value: string): void;
  applyPreset(input: unknown, extras?: Record<string, string>): void;
  reset(): void;
}

export function useCalculator(id: CalculatorId): CalculatorController {
  const [state, setState] = useState<{ id: CalculatorId; value: CalculatorState; loaded: boolean }>(() => ({
    id,
    value: { draft: defaultDraft(id), extras: defaultExtras(id) },
    loaded: false,
  }));
  const dirty = useRef(false);
  /** The user's default alpha and power (Settings), for fresh inputs and Reset. */
  const defaults = useRef<StatDefaults | undefined>(undefined);

  useEffect(() => {
    let live = true;
    dirty.current = false;
    void Promise.all([loadCalculatorSetting(id).catch(() => undefined), readPreferences().catch(() => undefined)]).then(([stored, preferences]) => {
      defaults.current = preferences;
      if (live) setState({ id, value: restoreState(id, stored, preferences), loaded: true });
    });
    return () => {
      live = false;
    };
  }, [id]);

  // Remember the inputs a moment after typing stops.
  useEffect(() => {
    if (!state.loaded || !dirty.current) return;
    const timer = setTimeout(() => void saveCalculatorSetting(state.id, state.value), 250);
    return () => clearTimeout(timer);
  }, [state]);

  const update = useCallback((fn: (s: CalculatorState) => CalculatorState) => {
    dirty.current = true;
    setState((s) => ({ ...s, value: fn(s.value) }));
  }, []);

  const current = state.id === id ? state.value : { draft: defaultDraft(id), extras: defaultExtras(id) };
  const evaluation = useMemo(() => evaluate(id, current.draft), [id, current.draft]);

  return {
    loaded: state.loaded && state.id === id,
    draft: current.draft,
    extras: current.extras,
    evaluation,
    setField: useCallback((path: string, value: Draft) => update((s) => ({ ...s, draft: setAt(s.draft, path, value) })), [update]),
    setDraft: useCallback((draft: Draft) => update((s) => ({ ...s, draft })), [update]),
    setExtra: useCallback((key: string, value: string) => update((s) => ({ ...s, extras: { ...s.extras, [key]: value } })), [update]),
    applyPreset: useCallback(
      (input: unknown, extras?: Record<string, string>) => update((s) => ({ draft: draftFromInput(id, input), extras: { ...s.extras, ...extras } })),
      [update, id],
    ),
    reset: useCallback(() => update(() => ({ draft: defaultDraft(id, defaults.current), extras: defaultExtras(id) })), [update, id]),
  };
}
