// The exam plan's settings: hours a week, or hours per weekday, and the domain-first option.
import { useState, type FormEvent } from 'react';
import { examPlanSettingsSchema, type ExamPlanSettings } from '../../domain/plan';
import type { FieldErrors } from '../../domain/progress';
import { Field } from './ModuleForms';

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;

type Settings = Omit<ExamPlanSettings, 'baseline' | 'skippedWeeks'>;

const toNumber = (text: string): number | string => (text.trim() === '' || Number.isNaN(Number(text)) ? text : Number(text));

function firstErrors(error: { issues: { path: PropertyKey[]; message: string }[] }): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) out[issue.path.map(String).join('.') || '_'] ??= issue.message;
  return out;
}

export function PlanSettingsForm({
  initial,
  hasDomains,
  onSave,
  onCancel,
}: {
  initial: ExamPlanSettings | undefined;
  hasDomains: boolean;
  onSave: (settings: Settings) => Promise<FieldErrors | null>;
  onCancel?: () => void;
}) {
  const [hours, setHours] = useState(String(initial?.hoursPerWeek ?? 5));
  const [perDay, setPerDay] = useState(initial?.weekdayHours !== undefined);
  const [days, setDays] = useState<string[]>((initial?.weekdayHours ?? [1, 1, 1, 1, 1, 0, 0]).map(String));
  const [preferDomains, setPreferDomains] = useState(initial?.preferDomains ?? false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const weekdayHours = perDay ? days.map(toNumber) : undefined;
    const hoursPerWeek = perDay ? days.reduce((sum, d) => sum + (Number(d) || 0), 0) : toNumber(hours);
    const parsed = examPlanSettingsSchema.safeParse({ hoursPerWeek, ...(weekdayHours ? { weekdayHours } : {}), preferDomains });
    if (!parsed.success) {
      setErrors(firstErrors(parsed.error));
      return;
    }
    const { baseline: _b, skippedWeeks: _s, ...settings } = parsed.data;
    const result = await onSave(settings);
    setErrors(result ?? {});
  };
  const formError = errors._ ?? (perDay ? errors.hoursPerWeek : undefined);
  return (
    <form className="plan-settings" noValidate onSubmit={(e) => void submit(e)} aria-label="Plan settings">
      {perDay ? (
        <fieldset className="plan-weekdays">
          <legend>Hours per weekday</legend>
          {WEEKDAYS.map((day, i) => (
            <Field key={day} label={day} error={errors[`weekdayHours.${i}`]}>
              {(id, eid) => (
                <input
                  id={id}
                  className="input"
                  type="number"
                  min={0}
                  max={24}
                  step={0.25}
                  inputMode="decimal"
                  aria-invalid={errors[`weekdayHours.${i}`] ? true : undefined}
                  aria-describedby={errors[`weekdayHours.${i}`] ? eid : undefined}
                  value={days[i]}
                  onChange={(e) => setDays((d) => d.map((v, j) => (j === i ? e.target.value : v)))}
                />
              )}
            </Field>
          ))}
        </fieldset>
      ) : (
        <Field label="Hours a week" error={errors.hoursPerWeek}>
          {(id, eid) => (
            <input
              id={id}
              className="input plan-hours"
              type="number"
              min={0}
              max={168}
              step={0.5}
              inputMode="decimal"
              aria-invalid={errors.hoursPerWeek ? true : undefined}
              aria-describedby={errors.hoursPerWeek ? eid : undefined}
              value={hours}
              onChange={(e) => setHours(e.target.value)}
            />
          )}
        </Field>
      )}
      <div className="plan-options">
        <label className="plan-check">
          <input type="checkbox" checked={perDay} onChange={(e) => setPerDay(e.target.checked)} /> Set hours per weekday
        </label>
        {hasDomains ? (
          <label className="plan-check">
            <input type="checkbox" checked={preferDomains} onChange={(e) => setPreferDomains(e.target.checked)} /> Heaviest, least-covered domains first
          </label>
        ) : null}
      </div>
      {formError ? (
        <p className="field-error" role="alert">
          {formError}
        </p>
      ) : null}
      <div className="plan-form-actions">
        <button type="submit" className="btn btn-primary">
          {initial ? 'Save plan' : 'Make the plan'}
        </button>
        {onCancel ? (
          <button type="button" className="btn btn-ghost" onClick={onCancel}>
            Cancel
          </button>
        ) : null}
      </div>
    </form>
  );
}
