// Small builders so each table row states only what it is about.
import type { Certification, Module, StudySession } from '../../../../src/domain/progress';

export function mod(id: string, estimatedHours: number, extra: Partial<Module> = {}): Module {
  return { id, title: `Module ${id}`, estimatedHours, status: 'not-started', percent: 0, notes: '', ...extra };
}

export function done(id: string, estimatedHours: number, completedOn?: string, extra: Partial<Module> = {}): Module {
  return mod(id, estimatedHours, { status: 'done', percent: 100, ...(completedOn ? { completedOn } : {}), ...extra });
}

export function cert(modules: Module[], extra: Partial<Certification> = {}): Certification {
  return { id: 'c1', name: 'Cert', provider: 'Provider', archived: false, createdAt: '2026-01-01', modules, ...extra };
}

let counter = 0;
export function session(date: string, minutes: number, moduleId = 'a', certificationId = 'c1'): StudySession {
  counter += 1;
  return { id: `s${counter}`, date, certificationId, moduleId, minutes, note: '' };
}
