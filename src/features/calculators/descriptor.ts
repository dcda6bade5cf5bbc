// What the screens need to know about one calculator, in one object: its form (labels, choices,
// hints, custom editors), presets, the panel under the result, the summary (which the key numbers,
// the episode card and "Copy as markdown table" read) and a note on when to use it. The registry in
// descriptors/index.ts is checked against every CalculatorId, so a calculator without one does not compile.
import type { ComponentType } from 'react';
import type { CalculatorId, CalculatorInput, CalculatorOutput } from '../../domain/stats';
import type { Choice } from './field-meta';
import type { Draft } from './form-draft';
import type { Summary } from './summary-types';
import type { CalculatorController } from './use-calculator';

export interface Preset {
  label: string;
  input: unknown;
  /** Extra screen values (daily traffic, split) where the screen has them. */
  extras?: Record<string, string>;
}

export interface ViewProps<K extends CalculatorId> {
  input: CalculatorInput<K>;
  output: CalculatorOutput<K>;
  ctl: CalculatorController;
}

/** An editor that draws one top-level input field (or several: the ones it names in `covers`). */
export type FieldEditor = ComponentType<{ ctl: CalculatorController }>;

export interface FieldsMeta {
  /** Labels for dotted paths ("prior.alpha") or leaves ("sumXY"), beyond the engine's top-level labels. */
  labels?: Record<string, string>;
  /** Top-level string fields drawn as segmented choices. */
  choices?: Record<string, Choice[]>;
  /** Short help under a field, by top-level key. */
  hints?: Record<string, string>;
  /** Grouped fields hold long numbers (sums): fewer, wider cells per row. */
  wideGroups?: boolean;
  /** Top-level keys drawn by their own editor; `null` hides a key another editor draws. */
  editors?: Record<string, FieldEditor | null>;
}

/**
 * A form whose typed state is not the input's own shape (a pasted CSV of looks, a list of
 * p-values): `toInput` turns the typed draft into the engine input (numbers stay text where they
 * cannot be read, so the engine names them; it throws StatsInputError for text it cannot lay out
 * at all), `fromInput` fills the form from an input.
 */
export interface FormAdapter {
  fromInput(input: unknown): Draft;
  toInput(draft: Draft): unknown;
}

export interface About {
  /** When this calculator is the right tool. */
  when: string;
  /** What its numbers rely on. */
  assumes: string;
}

export interface CalculatorDescriptor<K extends CalculatorId> {
  fields: FieldsMeta;
  presets: Preset[];
  /** Charts and panels under the key numbers; null when the numbers say it all. */
  View: ComponentType<ViewProps<K>> | null;
  /** `draft` is the typed form where there is one (names typed beside numbers live only there). */
  summary(input: CalculatorInput<K>, output: CalculatorOutput<K>, draft?: Draft): Summary;
  about: About;
  /** The key numbers leave out per-method rows (the screen shows them in a table of their own). */
  hideMethodRows?: boolean;
  /** Screen-only values with their defaults (they are remembered, never sent to the engine). */
  extras?: Record<string, string>;
  form?: FormAdapter;
  /** Heavy calculations run in a Web Worker with progress, never on the page thread. */
  runsInWorker?: boolean;
}

/** Every calculator's descriptor, each typed by its own id. */
export type Descriptors = { [K in CalculatorId]: CalculatorDescriptor<K> };
/** Some of them: a file of descriptors checks its entries with `satisfies DescriptorGroup`. */
export type DescriptorGroup = Partial<Descriptors>;
