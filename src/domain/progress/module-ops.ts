// Edits to a certification. Each returns a new certification (inputs are never mutated);
// edits that take free input return a Result so the form can show the message.
import { estimatedHoursSchema, percentSchema, requiredText, toFieldErrors } from './schemas';
import { validateModuleEdit } from './validate';
import type { Certification, IsoDate, Module, ModuleStatus, Result } from './types';

export function newId(): string {
  return globalThis.crypto.randomUUID();
}

function mapModule(cert: Certification, moduleId: string, fn: (m: Module) => Module): Certification {
  if (!cert.modules.some((m) => m.id === moduleId)) return cert;
  return { ...cert, modules: cert.modules.map((m) => (m.id === moduleId ? fn(m) : m)) };
}

/**
 * done -> 100% and completedOn = today (kept if it was already done); not-started -> 0% and no
 * dates; in-progress keeps its percent unless it was 100, which resets to 0 (the module is reopened).
 */
export function setModuleStatus(cert: Certification, moduleId: string, status: ModuleStatus, today: IsoDate): Certification {
  return mapModule(cert, moduleId, (m) => {
    if (status === m.status) return m;
    const { startedOn: _s, completedOn: _c, ...base } = m;
    if (status === 'not-started') return { ...base, status, percent: 0 };
    const startedOn = m.startedOn ?? today;
    if (status === 'done') return { ...base, status, percent: 100, startedOn, completedOn: today };
    return { ...base, status, percent: m.percent === 100 ? 0 : m.percent, startedOn };
  });
}

/** 100 marks the module done; anything above 0 marks it started; 0 leaves an in-progress module in progress. */
export function setModulePercent(cert: Certification, moduleId: string, percent: number, today: IsoDate): Result<Certification> {
  const parsed = percentSchema.safeParse(percent);
  if (!parsed.success) return { ok: false, errors: { percent: toFieldErrors(parsed.error)._ ?? 'Invalid percent.' } };
  const value = mapModule(cert, moduleId, (m) => {
    const { completedOn: _c, ...base } = m;
    if (percent === 100) {
      return m.status === 'done' ? m : { ...base, status: 'done', percent, startedOn: m.startedOn ?? today, completedOn: today };
    }
    if (percent === 0 && m.status !== 'in-progress') return { ...base, status: 'not-started', percent: 0 };
    return { ...base, status: 'in-progress', percent, startedOn: m.startedOn ?? today };
  });
  return { ok: true, value };
}

export interface ModuleDraft {
  id?: string;
  title: string;
  course?: string;
  estimatedHours: number;
}

/** Appends a not-started module (or inserts it at `index`). */
export function addModule(cert: Certification, draft: ModuleDraft, index = cert.modules.length): Result<Certification> {
  const errors: Record<string, string> = {};
  const title = requiredText('Title').safeParse(draft.title);
  if (!title.success) errors.title = toFieldErrors(title.error)._ ?? 'Invalid title.';
  const hours = estimatedHoursSchema.safeParse(draft.estimatedHours);
  if (!hours.success) errors.estimatedHours = toFieldErrors(hours.error)._ ?? 'Invalid hours.';
  const id = draft.id ?? newId();
  if (cert.modules.some((m) => m.id === id)) errors.id = `Module id "${id}" is already used.`;
  if (!title.success || !hours.success || errors.id) return { ok: false, errors };
  const module: Module = { id, title: title.data, estimatedHours: hours.data, status: 'not-started', percent: 0, notes: '' };
  const course = draft.course?.trim();
  if (course) module.course = course;
  const modules = [...cert.modules];
  modules.splice(Math.max(0, Math.min(index, modules.length)), 0, module);
  return { ok: true, value: { ...cert, modules } };
}

/** Replaces a module with a validated edit of it (same id). */
export function updateModule(cert: Certification, edit: unknown, today: IsoDate): Result<Certification> {
  const checked = validateModuleEdit(edit, today);
  if (!checked.ok) return checked;
  const edited = checked.value;
  if (!cert.modules.some((m) => m.id === edited.id)) return { ok: false, errors: { id: 'No module with this id.' } };
  return { ok: true, value: mapModule(cert, edited.id, () => edited) };
}

export function removeModule(cert: Certification, moduleId: string): Certification {
  if (!cert.modules.some((m) => m.id === moduleId)) return cert;
  return { ...cert, modules: cert.modules.filter((m) => m.id !== moduleId) };
}

/** Moves the module at index `from` to index `to` (clamped to the list); a bad `from` changes nothing. */
export function moveModule(cert: Certification, from: number, to: number): Certification {
  const n = cert.modules.length;
  if (!Number.isInteger(from) || from < 0 || from >= n) return cert;
  const target = Math.max(0, Math.min(Math.trunc(to), n - 1));
  if (target === from) return cert;
  const modules = [...cert.modules];
  const [moved] = modules.splice(from, 1);
  modules.splice(target, 0, moved!);
  return { ...cert, modules };
}

export function renameCertification(cert: Certification, name: string): Result<Certification> {
  const parsed = requiredText('Name').safeParse(name);
  if (!parsed.success) return { ok: false, errors: { name: toFieldErrors(parsed.error)._ ?? 'Invalid name.' } };
  return { ok: true, value: { ...cert, name: parsed.data } };
}

export function archiveCertification(cert: Certification, archived = true): Certification {
  return cert.archived === archived ? cert : { ...cert, archived };
}
