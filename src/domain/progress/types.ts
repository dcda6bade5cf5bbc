// Shapes of the certification tracker. Dates are local calendar days as 'yyyy-MM-dd' strings,
// so a day never shifts with the time zone; IsoDate documents that intent at each use.
import type { ExamDomain, ExamPlanSettings } from '../plan/exam-plan-schema';

export type { ExamDomain, ExamPlanSettings };

/** A calendar day formatted 'yyyy-MM-dd'. */
export type IsoDate = string;

export const MODULE_STATUSES = ['not-started', 'in-progress', 'done'] as const;
export type ModuleStatus = (typeof MODULE_STATUSES)[number];

export interface Module {
  id: string;
  title: string;
  /** The course (group) the module belongs to; modules without one are listed first. */
  course?: string;
  estimatedHours: number;
  status: ModuleStatus;
  /** 0-100; 100 exactly when status is 'done'. */
  percent: number;
  startedOn?: IsoDate;
  completedOn?: IsoDate;
  notes: string;
}

export interface Certification {
  id: string;
  name: string;
  provider: string;
  examDate?: IsoDate;
  targetDate?: IsoDate;
  startDate?: IsoDate;
  archived: boolean;
  createdAt: IsoDate;
  modules: Module[];
  /** The exam plan's settings (issue 23); absent until the person sets hours a week. */
  plan?: ExamPlanSettings;
  /** The exam guide's domains, copied from the learning path; absent for paths without them. */
  domains?: ExamDomain[];
}

export interface StudySession {
  id: string;
  date: IsoDate;
  certificationId: string;
  moduleId: string;
  /** Whole minutes, 1..1440. */
  minutes: number;
  note: string;
  /** The journal episode the session was logged from, if any. */
  episodeId?: string;
}

export interface TemplateModule {
  title: string;
  course?: string;
  estimatedHours: number;
}

/** A shipped learning path (content/certifications/*.json) a certification is created from. */
export interface CertificationTemplate {
  id: string;
  name: string;
  provider: string;
  description: string;
  modules: TemplateModule[];
  domains?: ExamDomain[];
}

/** Field path ('name', 'modules.2.percent') to a message a person can act on. */
export type FieldErrors = Record<string, string>;

export type Result<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors };
