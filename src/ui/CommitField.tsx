// A text field that commits when it loses focus or on Enter: `commit` stores the text (or throws
// with a message a person can act on, shown under the field). The field follows `value` when it
// changes elsewhere (another window, a restore).
import { useEffect, useState, type InputHTMLAttributes } from 'react';
import { errorMessage } from '../shared/error-message';

export interface CommitFieldProps extends Pick<InputHTMLAttributes<HTMLInputElement>, 'inputMode' | 'step' | 'placeholder'> {
  id: string;
  label: string;
  value: string;
  hint?: string;
  commit(text: string): Promise<unknown>;
}

export function CommitField({ id, label, value, hint, commit, ...input }: CommitFieldProps) {
  const [text, setText] = useState(value);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => setText(value), [value]);
  async function save() {
    try {
      await commit(text);
      setError(null);
    } catch (e) {
      setError(errorMessage(e));
    }
  }
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        className="input"
        {...input}
        value={text}
        aria-invalid={error ? true : undefined}
        aria-describedby={described || undefined}
        onChange={(e) => setText(e.target.value)}
        onBlur={() => void save()}
        onKeyDown={(e) => e.key === 'Enter' && void save()}
      />
      {hint ? (
        <span id={`${id}-hint`} className="hint">
          {hint}
        </span>
      ) : null}
      {error ? (
        <span id={`${id}-error`} className="field-error">
          {error}
        </span>
      ) : null}
    </div>
  );
}
