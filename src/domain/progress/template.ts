// Starting a certification from a shipped learning path (content/certifications/*.json).
import { newId } from './module-ops';
import type { Certification, CertificationTemplate, IsoDate } from './types';

export interface FromTemplateOptions {
  today: IsoDate;
  id?: string;
  newId?: () => string;
}

export function certificationFromTemplate(template: CertificationTemplate, options: FromTemplateOptions): Certification {
  const makeId = options.newId ?? newId;
  const cert: Certification = {
    id: options.id ?? makeId(),
    name: template.name,
    provider: template.provider,
    archived: false,
    createdAt: options.today,
    startDate: options.today,
    modules: template.modules.map((m) => {
      const module = { id: makeId(), title: m.title, estimatedHours: m.estimatedHours, status: 'not-started' as const, percent: 0, notes: '' };
      return m.course ? { ...module, course: m.course } : module;
    }),
  };
  if (template.domains && template.domains.length > 0) cert.domains = template.domains.map((d) => ({ ...d, courses: [...d.courses] }));
  return cert;
}
