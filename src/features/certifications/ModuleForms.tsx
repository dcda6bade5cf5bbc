// Editing one module in full, and adding a module. Messages come from the domain validators.
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { addModule, updateModule } from '../../domain/progress';
import type { FieldErrors, IsoDate, Module, ModuleStatus } from '../../domain/progress';
import type { CertificationEdits } from './use-certification-edits';

export function Field({ label, error, children, wide }: { label: string; error?: string | undefined; children: (id: string, errorId: string) => ReactNode; wide?: boolean }) {
  const id = useId();
  const errorId = `${id}-error`;
  return (
    <div className={`field${wide ? ' cert-field-wide' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {children(id, errorId)}
      {error ? (
        <span id={errorId} className="field-error" role="alert">
          {error}
        </span>
      ) : null}
    </div>
  );
}

const inputProps = (id: string, errorId: string, error: string | undefined) => ({
  id,
  className: 'input',
  'aria-invalid': error ? true : undefined,
  'aria-describedby': error ? errorId : undefined,
});

const numberOrText = (text: string): number | string => (text.trim() === '' || Number.isNaN(Number(text)) ? text : Number(text));

export function ModuleEditForm({ module, edits, today, onDone }: { module: Module; edits: CertificationEdits; today: IsoDate; onDone: () => void }) {
  const [draft, setDraft] = useState({
    title: module.title,
    course: module.course ?? '',
    estimatedHours: String(module.estimatedHours),
    status: module.status as ModuleStatus,
    percent: String(module.percent),
    startedOn: module.startedOn ?? '',
    completedOn: module.completedOn ?? '',
    notes: module.notes,
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const set = (field: keyof typeof draft) => (e: { target: { value: string } }) => setDraft((d) => ({ ...d, [field]: e.target.value }));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const edit = { ...draft, id: module.id, estimatedHours: numberOrText(draft.estimatedHours), percent: numberOrText(draft.percent) };
    const result = await edits.apply((c) => updateModule(c, edit, today));
    if (result) setErrors(result);
    else onDone();
  };
  return (
    <form className="cert-module-edit" onSubmit={(e) => void submit(e)} aria-label={`Edit ${module.title}`}>
      <Field label="Title" error={errors.title} wide>
        {(id, eid) => <input {...inputProps(id, eid, errors.title)} value={draft.title} onChange={set('title')} />}
      </Field>
      <Field label="Course" error={errors.course}>
        {(id, eid) => <input {...inputProps(id, eid, errors.course)} value={draft.course} onChange={set('course')} />}
      </Field>
      <Field label="Estimated hours" error={errors.estimatedHours}>
        {(id, eid) => <input {...inputProps(id, eid, errors.estimatedHours)} type="number" step="0.25" value={draft.estimatedHours} onChange={set('estimatedHours')} />}
      </Field>
      <Field label="Status" error={errors.status}>
        {(id, eid) => (
          <select {...inputProps(id, eid, errors.status)} value={draft.status} onChange={set('status')}>
            <option value="not-started">Not started</option>
            <option value="in-progress">In progress</option>
            <option value="done">Done</option>
          </select>
        )}
      </Field>
      <Field label="Percent" error={errors.percent}>
        {(id, eid) => <input {...inputProps(id, eid, errors.percent)} type="number" value={draft.percent} onChange={set('percent')} />}
      </Field>
      <Field label="Started on" error={errors.startedOn}>
        {(id, eid) => <input {...inputProps(id, eid, errors.startedOn)} type="date" value={draft.startedOn} onChange={set('startedOn')} />}
      </Field>
      <Field label="Completed on" error={errors.completedOn}>
        {(id, eid) => <input {...inputProps(id, eid, errors.completedOn)} type="date" value={draft.completedOn} onChange={set('completedOn')} />}
      </Field>
      <Field label="Notes" error={errors.notes} wide>
        {(id, eid) => <textarea {...inputProps(id, eid, errors.notes)} rows={2} value={draft.notes} onChange={set('notes')} />}
      </Field>
      <div className="cert-form-actions">
        <button type="submit" className="btn btn-primary">
          Save module
        </button>
        <button type="button" className="btn btn-ghost" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}

export function AddModuleForm({ edits, courses }: { edits: CertificationEdits; courses: string[] }) {
  const [draft, setDraft] = useState({ title: '', course: '', hours: '1' });
  const [errors, setErrors] = useState<FieldErrors>({});
  const listId = useId();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const hours = Number(draft.hours);
    const result = await edits.apply((c) =>
      addModule(c, { title: draft.title, course: draft.course, estimatedHours: draft.hours.trim() === '' || Number.isNaN(hours) ? Number.NaN : hours }),
    );
    if (result) {
      setErrors(result.estimatedHours && Number.isNaN(hours) ? { ...result, estimatedHours: 'Estimated hours must be a number.' } : result);
      return;
    }
    setErrors({});
    setDraft((d) => ({ ...d, title: '' }));
  };
  return (
    <form className="cert-add-module" onSubmit={(e) => void submit(e)} aria-label="Add a module">
      <Field label="New module" error={errors.title} wide>
        {(id, eid) => <input {...inputProps(id, eid, errors.title)} placeholder="Module title" value={draft.title} onChange={(e) => setDraft((d) => ({ ...d, title: e.target.value }))} />}
      </Field>
      <Field label="Course" error={errors.course}>
        {(id, eid) => (
          <>
            <input {...inputProps(id, eid, errors.course)} list={listId} placeholder="Optional" value={draft.course} onChange={(e) => setDraft((d) => ({ ...d, course: e.target.value }))} />
            <datalist id={listId}>
              {courses.map((c) => (
                <option key={c} value={c} />
              ))}
            </datalist>
          </>
        )}
      </Field>
      <Field label="Hours" error={errors.estimatedHours}>
        {(id, eid) => <input {...inputProps(id, eid, errors.estimatedHours)} type="number" step="0.25" min={0} value={draft.hours} onChange={(e) => setDraft((d) => ({ ...d, hours: e.target.value }))} />}
      </Field>
      <button type="submit" className="btn">
        Add module
      </button>
    </form>
  );
}
