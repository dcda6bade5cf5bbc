// The pasted table of looks, with the engine's message on the row (day) it is about.
import { useId } from 'react';
import { errorAt } from '../form-draft';
import type { CalculatorController } from '../use-calculator';
import type { LookRow } from './looks-csv';
import { meanColumns, meanHeader, meanRows, proportionColumns, proportionHeader, proportionRows, rowOfField } from './forms';

interface Kind {
  rows: typeof proportionRows;
  columns: string;
  header: string;
  label: string;
  unit: string;
}

const kinds: Record<'proportions' | 'means', Kind> = {
  proportions: { rows: proportionRows, columns: proportionColumns, header: proportionHeader, label: 'Counts by day', unit: 'day' },
  means: { rows: meanRows, columns: meanColumns, header: meanHeader, label: 'Running totals at each look', unit: 'look' },
};

function readRows(kind: Kind, ctl: CalculatorController): LookRow[] {
  try {
    return kind.rows(ctl.draft);
  } catch {
    return [];
  }
}

/** The message to show under the table, naming the row for errors on a look. */
export function looksMessage(ctl: CalculatorController, rows: readonly LookRow[], cumulativeNote: boolean): string | undefined {
  const ev = ctl.evaluation;
  if (ev.ok) return undefined;
  if (ev.error.field === 'looks') return ev.error.message;
  const row = rowOfField(ev.error.field, rows.length);
  if (row === null || !rows[row]) return undefined;
  const message = ev.error.message.replace(/^Look \d+: /, '');
  return `${rows[row].label} (line ${rows[row].line})${cumulativeNote ? ', running totals' : ''}: ${message}`;
}

function LooksEditor({ ctl, kind }: { ctl: CalculatorController; kind: Kind }) {
  const id = useId();
  const draft = ctl.draft as Record<string, string>;
  const rows = readRows(kind, ctl);
  const daily = kind === kinds.proportions && draft.countsAre !== 'cumulative';
  const error = looksMessage(ctl, rows, daily) ?? errorAt(ctl.evaluation, 'looks');
  return (
    <div className="field calc-field">
      <label htmlFor={id}>{kind.label}</label>
      <textarea
        id={id}
        name="looks"
        className="input calc-textarea"
        rows={10}
        spellCheck={false}
        value={draft.looks ?? ''}
        placeholder={kind.header}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-help`}
        onChange={(e) => ctl.setField('looks', e.target.value)}
      />
      {error ? (
        <span id={`${id}-help`} className="field-error" role="alert">
          {error}
        </span>
      ) : (
        <span id={`${id}-help`} className="calc-hint">
          {rows.length === 0
            ? `Paste one row per ${kind.unit} from a spreadsheet or CSV: ${kind.header}. The ${kind.unit} label is optional.`
            : `${rows.length} ${kind.unit}${rows.length === 1 ? '' : 's'} read: ${kind.columns}, after an optional ${kind.unit} label.`}
        </span>
      )}
    </div>
  );
}

export const ProportionLooksEditor = ({ ctl }: { ctl: CalculatorController }) => <LooksEditor ctl={ctl} kind={kinds.proportions} />;
export const MeanLooksEditor = ({ ctl }: { ctl: CalculatorController }) => <LooksEditor ctl={ctl} kind={kinds.means} />;
