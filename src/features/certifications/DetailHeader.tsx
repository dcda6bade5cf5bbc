// The detail screen's header: name, provider and dates (editable), and the certification's actions.
import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { getCertificationsRepo } from '../../data/certifications-store';
import { addDaysIso, validateCertificationDetails, weeklyCourseMarkdown } from '../../domain/progress';
import type { Certification, FieldErrors, IsoDate } from '../../domain/progress';
import { useHost } from '../../host';
import { exportFile, formatDay } from './certification-data';
import { Field } from './ModuleForms';
import { showToast, showUndo } from '../../ui/toast-store';
import type { CertificationEdits } from './use-certification-edits';
import { StatusPill } from '../../ui/StatusPill';

function DetailsForm({ cert, edits, onDone }: { cert: Certification; edits: CertificationEdits; onDone: () => void }) {
  const [draft, setDraft] = useState({
    name: cert.name,
    provider: cert.provider,
    startDate: cert.startDate ?? '',
    targetDate: cert.targetDate ?? '',
    examDate: cert.examDate ?? '',
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const set = (field: keyof typeof draft) => (e: { target: { value: string } }) => setDraft((d) => ({ ...d, [field]: e.target.value }));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = validateCertificationDetails(draft);
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    const { startDate: _s, targetDate: _t, examDate: _e, ...rest } = cert;
    const result = await edits.apply(() => ({ ...rest, ...checked.value }), { undo: 'Edited the details' });
    if (result) setErrors(result);
    else onDone();
  };
  const input = (id: string, eid: string, error?: string) => ({ id, className: 'input', 'aria-invalid': error ? true : undefined, 'aria-describedby': error ? eid : undefined });
  return (
    <form className="card cert-details-form" onSubmit={(e) => void submit(e)} aria-label="Certification details">
      <Field label="Name" error={errors.name} wide>
        {(id, eid) => <input {...input(id, eid, errors.name)} value={draft.name} onChange={set('name')} />}
      </Field>
      <Field label="Provider" error={errors.provider} wide>
        {(id, eid) => <input {...input(id, eid, errors.provider)} value={draft.provider} onChange={set('provider')} />}
      </Field>
      <Field label="Start date" error={errors.startDate}>
        {(id, eid) => <input {...input(id, eid, errors.startDate)} type="date" value={draft.startDate} onChange={set('startDate')} />}
      </Field>
      <Field label="Target date" error={errors.targetDate}>
        {(id, eid) => <input {...input(id, eid, errors.targetDate)} type="date" value={draft.targetDate} onChange={set('targetDate')} />}
      </Field>
      <Field label="Exam date" error={errors.examDate}>
        {(id, eid) => <input {...input(id, eid, errors.examDate)} type="date" value={draft.examDate} onChange={set('examDate')} />}
      </Field>
      <div className="cert-form-actions">
        <button type="submit" className="btn btn-primary">
          Save details
        </button>
        <button type="button" className="btn btn-ghost" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}

export function DetailHeader({ cert, today, edits }: { cert: Certification; today: IsoDate; edits: CertificationEdits }) {
  const host = useHost();
  const navigate = useNavigate();
  const [editing, setEditing] = useState(false);
  const repo = getCertificationsRepo();
  const dates = [
    cert.startDate ? `Started ${formatDay(cert.startDate)}` : null,
    cert.targetDate ? `Target ${formatDay(cert.targetDate)}` : null,
    cert.examDate ? `Exam ${formatDay(cert.examDate)}` : null,
  ].filter(Boolean);

  const copySummary = async () => {
    let text: string;
    try {
      // The ISO week holding today starts at most six days back.
      text = weeklyCourseMarkdown(cert, await repo.sessions.listSessionsBetween(cert.id, addDaysIso(today, -6), today), today);
    } catch (error) {
      showToast({ message: `This week's sessions could not be read, so nothing was copied: ${(error as Error).message}. Try again; if it keeps failing, restart Episodes.`, tone: 'danger' });
      return;
    }
    try {
      await navigator.clipboard.writeText(text);
      showToast({ message: "Copied this week's course summary. Paste it into this week's episode." });
    } catch {
      showToast({ message: 'The clipboard is not available here; the summary was not copied.', tone: 'danger' });
    }
  };
  const exportAs = async (kind: 'json' | 'markdown') => {
    const file = exportFile(cert, kind);
    const filters = [kind === 'json' ? { name: 'Episodes certification', extensions: ['json'] } : { name: 'Markdown', extensions: ['md'] }];
    try {
      const outcome = await host.saveFile({ title: 'Export certification', suggestedName: file.name, mimeType: file.mimeType, filters, data: file.data });
      if (outcome.saved) showToast({ message: `Exported to ${outcome.where}.` });
    } catch (error) {
      showToast({ message: `The export failed: ${(error as Error).message}`, tone: 'danger' });
    }
  };
  const archive = async () => {
    const result = await repo.setArchived(cert.id, !cert.archived);
    if (result.ok) showUndo(cert.archived ? `Restored ${cert.name} from the archive` : `Archived ${cert.name}`, result.undo.undo);
  };
  const remove = async () => {
    const undo = await repo.delete(cert.id);
    showUndo(`Deleted ${cert.name}`, undo.undo);
    void navigate('/certifications');
  };

  return (
    <header className="cert-header">
      <Link to="/certifications" className="cert-back">
        ← Certifications
      </Link>
      <div className="cert-title-row">
        <div className="cert-title">
          <h1>{cert.name}</h1>
          <p className="subtitle">
            {[cert.provider || 'No provider', ...dates].join(' · ')}
            {cert.archived ? <StatusPill tone="warning">Archived</StatusPill> : null}
          </p>
        </div>
        <button type="button" className="btn" onClick={() => setEditing((v) => !v)} aria-expanded={editing}>
          Edit details
        </button>
      </div>
      {editing ? <DetailsForm cert={cert} edits={edits} onDone={() => setEditing(false)} /> : null}
      <div className="cert-actions" role="toolbar" aria-label="Certification actions">
        <button type="button" className="btn" onClick={() => void copySummary()}>
          Copy this week's course summary
        </button>
        <button type="button" className="btn" onClick={() => void exportAs('json')}>
          Export JSON
        </button>
        <button type="button" className="btn" onClick={() => void exportAs('markdown')}>
          Export markdown
        </button>
        <span className="cert-actions-spacer" />
        <button type="button" className="btn" onClick={() => void archive()}>
          {cert.archived ? 'Unarchive' : 'Archive'}
        </button>
        <button type="button" className="btn btn-danger" onClick={() => void remove()}>
          Delete
        </button>
      </div>
    </header>
  );
}
