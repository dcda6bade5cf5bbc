// Input fields that show the engine's message for their own dotted path as you type.
import { useId } from 'react';
import type { Choice } from './field-meta';

export function NumberField({
  path, label, value, error, hint, onChange, compact,
}: {
  path: string;
  label: string;
  value: string;
  error?: string;
  hint?: string;
  onChange(value: string): void;
  compact?: boolean;
}) {
  const id = useId();
  return (
    <div className={`field calc-field${compact ? ' calc-field-compact' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        name={path}
        className="input"
        type="text"
        inputMode="decimal"
        autoComplete="off"
        spellCheck={false}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
      {error ? (
        <span id={`${id}-error`} className="field-error" role="alert">
          {error}
        </span>
      ) : hint ? (
        <span className="calc-hint">{hint}</span>
      ) : null}
    </div>
  );
}

export function ChoiceField({ path, label, value, choices, onChange, error }: { path: string; label: string; value: string; choices: Choice[]; onChange(value: string): void; error?: string }) {
  return (
    <div className="field calc-field" role="group" aria-label={label} data-field={path}>
      <span className="calc-label">{label}</span>
      <div className="segmented">
        {choices.map((c) => (
          <button key={c.value} type="button" aria-pressed={c.value === value} onClick={() => onChange(c.value)}>
            {c.label}
          </button>
        ))}
      </div>
      {error ? <span className="field-error">{error}</span> : null}
    </div>
  );
}

export function CheckboxField({ path, label, checked, onChange }: { path: string; label: string; checked: boolean; onChange(checked: boolean): void }) {
  return (
    <label className="calc-check">
      <input type="checkbox" name={path} checked={checked} onChange={(e) => onChange(e.target.checked)} />
      {label}
    </label>
  );
}
