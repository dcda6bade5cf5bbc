// The pasted list of p-values: a text area, the count it reads, and the engine's message on the line it is about.
import { useId } from 'react';
import type { Draft } from '../form-draft';
import type { CalculatorController } from '../use-calculator';
import { parsePValueList } from './p-value-list';

/** "Line 4: …" for an error on pValues.<i>, the message itself for one on the whole list. */
export function listError(ctl: CalculatorController): string | undefined {
  const ev = ctl.evaluation;
  if (ev.ok || !ev.error.field.startsWith('pValues')) return undefined;
  const index = Number(ev.error.field.split('.')[1]);
  if (!Number.isInteger(index)) return ev.error.message;
  const entries = parsePValueList(textOf(ctl.draft));
  const entry = entries[index];
  return entry ? `Line ${entry.line}${entry.label ? ` (${entry.label})` : ''}: ${ev.error.message}` : ev.error.message;
}

export const textOf = (draft: Draft): string => (draft && typeof draft === 'object' && !Array.isArray(draft) && typeof draft.pValues === 'string' ? draft.pValues : '');

export function PValueEditor({ ctl }: { ctl: CalculatorController }) {
  const id = useId();
  const text = textOf(ctl.draft);
  const count = parsePValueList(text).length;
  const error = listError(ctl);
  return (
    <div className="field calc-field">
      <label htmlFor={id}>p-values, one per metric</label>
      <textarea
        id={id}
        name="pValues"
        className="input calc-textarea"
        rows={9}
        spellCheck={false}
        value={text}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-help`}
        placeholder={'Revenue per user 0.012\nSign-ups 0.034\nRetention day 7 0.41'}
        onChange={(e) => ctl.setField('pValues', e.target.value)}
      />
      {error ? (
        <span id={`${id}-help`} className="field-error" role="alert">
          {error}
        </span>
      ) : (
        <span id={`${id}-help`} className="calc-hint">
          {count === 0 ? 'Paste the p-values of every metric you compared: one per line, a name before the number if you like.' : `${count} p-value${count === 1 ? '' : 's'}. A name before a number is kept: “Revenue per user 0.012”.`}
        </span>
      )}
    </div>
  );
}
