// The study log: a quick-add line (Enter submits) and the sessions, newest first, each with its
// ISO week (the journal's unit). Edits and deletes offer Undo.
import { useCallback, useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { getCertificationsRepo, useRecentSessions } from '../../data/certifications-store';
import { isoWeekLabel } from '../../domain/progress';
import type { Certification, FieldErrors, IsoDate, StudySession } from '../../domain/progress';
import { formatDay } from './certification-data';
import { Field } from './ModuleForms';
import { LazySelect } from '../../ui/lazy-select';
import { showToast, showUndo } from '../../ui/toast-store';
import './study-log.css';

const PAGE = 20;

interface Draft {
  moduleId: string;
  minutes: string;
  note: string;
  date: string;
}

const toMinutes = (text: string) => (text.trim() === '' ? Number.NaN : Number(text));

function minutesMessage(errors: FieldErrors, text: string): FieldErrors {
  return errors.minutes && Number.isNaN(toMinutes(text)) ? { ...errors, minutes: 'Enter the minutes studied.' } : errors;
}

function SessionForm({ cert, initial, submitLabel, onSubmit, onCancel, focusMinutes = false, onFocused }: {
  cert: Certification;
  initial: Draft;
  submitLabel: string;
  onSubmit: (draft: Draft) => Promise<FieldErrors | null>;
  onCancel?: () => void;
  /** Scroll the form into view and put the cursor in Minutes (the palette's "Log study time"). */
  focusMinutes?: boolean;
  onFocused?: () => void;
}) {
  const [draft, setDraft] = useState(initial);
  // The module follows the default (for the quick-add: the last module studied, else the next one
  // to do) until the person picks one or starts typing; from then on it stays what they saw, so
  // checking a module off meanwhile (which moves the default) changes nothing they typed.
  const [pickedModule, setPickedModule] = useState<string | null>(null);
  const moduleId = pickedModule ?? initial.moduleId;
  const minutesInput = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (!focusMinutes) return;
    minutesInput.current?.scrollIntoView({ block: 'center' });
    minutesInput.current?.focus({ preventScroll: true });
    onFocused?.();
  }, [focusMinutes, onFocused]);
  const [errors, setErrors] = useState<FieldErrors>({});
  const moduleOptions = useMemo(() => cert.modules.map((m) => ({ value: m.id, label: m.course ? `${m.title} (${m.course})` : m.title })), [cert.modules]);
  const set = (field: Exclude<keyof Draft, 'moduleId'>) => (e: { target: { value: string } }) => {
    setPickedModule(moduleId);
    setDraft((d) => ({ ...d, [field]: e.target.value }));
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const sent = { ...draft, moduleId };
    const result = await onSubmit(sent);
    setErrors(result ? minutesMessage(result, sent.minutes) : {});
    // Clear what was logged, unless the person has already started typing the next session.
    if (!result && !onCancel) {
      setDraft((d) => ({ ...d, minutes: d.minutes === sent.minutes ? '' : d.minutes, note: d.note === sent.note ? '' : d.note }));
      setPickedModule((m) => (m === sent.moduleId ? null : m));
    }
  };
  const input = (id: string, eid: string, error?: string) => ({ id, className: 'input', 'aria-invalid': error ? true : undefined, 'aria-describedby': error ? eid : undefined });
  return (
    <form className="cert-session-form" onSubmit={(e) => void submit(e)} aria-label={submitLabel}>
      <Field label="Module" error={errors.moduleId} wide>
        {(id, eid) => (
          <LazySelect {...input(id, eid, errors.moduleId)} value={moduleId} onChange={(e) => setPickedModule(e.target.value)} options={moduleOptions} placeholder="Choose a module…" />
        )}
      </Field>
      <Field label="Minutes" error={errors.minutes}>
        {(id, eid) => <input {...input(id, eid, errors.minutes)} ref={minutesInput} type="number" inputMode="numeric" step={5} value={draft.minutes} onChange={set('minutes')} placeholder="45" />}
      </Field>
      <Field label="Date" error={errors.date}>
        {(id, eid) => <input {...input(id, eid, errors.date)} type="date" value={draft.date} onChange={set('date')} />}
      </Field>
      <Field label="Note" error={errors.note} wide>
        {(id, eid) => <input {...input(id, eid, errors.note)} value={draft.note} onChange={set('note')} placeholder="What did you study? (optional)" />}
      </Field>
      <div className="cert-form-actions">
        <button type="submit" className="btn btn-primary">
          {submitLabel}
        </button>
        {onCancel ? (
          <button type="button" className="btn btn-ghost" onClick={onCancel}>
            Cancel
          </button>
        ) : null}
      </div>
      {errors._ || errors.certificationId ? (
        <span className="field-error" role="alert">
          {errors._ ?? errors.certificationId}
        </span>
      ) : null}
    </form>
  );
}

export interface StudyLogPage {
  /** Newest first; while a longer page loads, the previous one. */
  sessions: StudySession[];
  shown: number;
  showMore(): void;
}

/**
 * The log's page of sessions; undefined until the first page has been read. The detail page calls
 * it next to its other reads, so the log is drawn in the same pass as the charts, not after them.
 */
export function useStudyLogPage(certificationId: string): StudyLogPage | undefined {
  const [shown, setShown] = useState(PAGE);
  const loaded = useRecentSessions(certificationId, shown);
  const last = useRef<{ id: string; sessions: StudySession[] } | null>(null);
  if (loaded) last.current = { id: certificationId, sessions: loaded };
  const sessions = loaded ?? (last.current?.id === certificationId ? last.current.sessions : undefined);
  const showMore = useCallback(() => setShown((n) => n + PAGE * 5), []);
  return useMemo(() => (sessions ? { sessions, shown, showMore } : undefined), [sessions, shown, showMore]);
}

export function StudyLog({ cert, sessionCount, today, log }: { cert: Certification; sessionCount: number; today: IsoDate; log: StudyLogPage }) {
  const { sessions: newestFirst, shown, showMore } = log;
  const [editing, setEditing] = useState<string | null>(null);
  // Arriving with ?log=1 (the palette's "Log study time"): straight to the quick-add's Minutes.
  // Also when already on this page; once per arrival (the wish is kept until the form has focused).
  const [params, setParams] = useSearchParams();
  const [wantFocus, setWantFocus] = useState(false);
  useEffect(() => {
    if (!params.has('log')) return;
    setWantFocus(true);
    setParams((p) => (p.delete('log'), p), { replace: true });
  }, [params, setParams]);
  const focused = useCallback(() => setWantFocus(false), []);
  const titles = useMemo(() => new Map(cert.modules.map((m) => [m.id, m.title])), [cert.modules]);
  const defaultModule = newestFirst[0]?.moduleId ?? cert.modules.find((m) => m.status === 'in-progress')?.id ?? cert.modules.find((m) => m.status !== 'done')?.id ?? '';
  const repo = getCertificationsRepo();

  const add = async (draft: Draft) => {
    const result = await repo.sessions.addSession(cert, { moduleId: draft.moduleId, minutes: toMinutes(draft.minutes), note: draft.note, date: draft.date });
    if (!result.ok) return result.errors;
    showUndo(`Logged ${result.value.minutes} min on ${titles.get(result.value.moduleId) ?? 'a module'}`, result.undo.undo);
    return null;
  };
  const save = (session: StudySession) => async (draft: Draft) => {
    const result = await repo.sessions.updateSession(cert, { ...session, moduleId: draft.moduleId, minutes: toMinutes(draft.minutes), note: draft.note, date: draft.date });
    if (!result.ok) return result.errors;
    setEditing(null);
    showUndo('Edited a study session', result.undo.undo);
    return null;
  };
  const remove = async (session: StudySession) => {
    const undo = await repo.sessions.deleteSession(session.id);
    if (undo) showUndo(`Deleted ${session.minutes} min on ${formatDay(session.date)}`, undo.undo);
    else showToast({ message: 'That session was already deleted.' });
  };

  return (
    <section className="card cert-log" aria-labelledby="cert-log-title">
      <div className="cert-section-head">
        <h2 id="cert-log-title">Study log</h2>
        <span className="cert-count">
          {sessionCount} {sessionCount === 1 ? 'session' : 'sessions'}
        </span>
      </div>
      {cert.modules.length === 0 ? (
        <p className="cert-chart-empty">Add a module first: every study session is logged against one.</p>
      ) : (
        <SessionForm
          cert={cert}
          initial={{ moduleId: defaultModule, minutes: '', note: '', date: today }}
          submitLabel="Log session"
          onSubmit={add}
          focusMinutes={wantFocus}
          onFocused={focused}
        />
      )}
      {sessionCount === 0 ? (
        <p className="cert-chart-empty">No sessions yet. Log what you studied today; the charts and the forecast start from your first session.</p>
      ) : (
        <ul className="cert-sessions" aria-label="Study sessions">
          {newestFirst.map((s) =>
            editing === s.id ? (
              <li key={s.id} className="cert-session is-editing">
                <SessionForm
                  cert={cert}
                  initial={{ moduleId: s.moduleId, minutes: String(s.minutes), note: s.note, date: s.date }}
                  submitLabel="Save session"
                  onSubmit={save(s)}
                  onCancel={() => setEditing(null)}
                />
              </li>
            ) : (
              <li key={s.id} className="cert-session">
                <span className="cert-session-date">
                  {formatDay(s.date)} <span className="cert-week">{isoWeekLabel(s.date)}</span>
                </span>
                <span className="cert-session-what">
                  <span className="cert-session-module">{titles.get(s.moduleId) ?? 'Removed module'}</span>
                  {s.note ? <span className="cert-session-note">{s.note}</span> : null}
                </span>
                <span className="cert-session-minutes">{s.minutes} min</span>
                <span className="cert-module-buttons">
                  <button type="button" className="cert-icon-btn" aria-label={`Edit session of ${formatDay(s.date)}`} onClick={() => setEditing(s.id)}>
                    ✎
                  </button>
                  <button type="button" className="cert-icon-btn cert-danger" aria-label={`Delete session of ${formatDay(s.date)}`} onClick={() => void remove(s)}>
                    ✕
                  </button>
                </span>
              </li>
            ),
          )}
        </ul>
      )}
      {sessionCount > shown ? (
        <button type="button" className="btn btn-ghost" onClick={showMore}>
          Show more ({sessionCount - shown} older)
        </button>
      ) : null}
    </section>
  );
}
