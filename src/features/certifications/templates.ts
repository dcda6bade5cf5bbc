// The learning paths shipped in content/certifications, restored once, when the picker first shows. A template
// that fails restoreTemplate is left out of the picker rather than breaking the screen.
import { restoreTemplate } from '../../domain/progress';
import type { CertificationTemplate } from '../../domain/progress';

const files = import.meta.glob<unknown>('../../../content/certifications/*.json', { eager: true, import: 'default' });

export function loadTemplates(raw: Record<string, unknown> = files): CertificationTemplate[] {
  const templates: CertificationTemplate[] = [];
  for (const data of Object.values(raw)) {
    const restored = restoreTemplate(data);
    if (restored.ok) templates.push(restored.value);
  }
  // The blank path goes last: it is the fallback, not a recommendation.
  return templates.sort((a, b) => Number(a.modules.length === 0) - Number(b.modules.length === 0) || a.name.localeCompare(b.name));
}

let loaded: CertificationTemplate[] | null = null;

export function getTemplates(): CertificationTemplate[] {
  loaded ??= loadTemplates();
  return loaded;
}
