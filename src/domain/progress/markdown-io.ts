// A readable markdown form of a learning path, for sharing:
//   # Name / Provider: ... / Start date:, Target date:, Exam date: / ## Course heading /
//   - [x] Module title (6h)   - [ ] Module title (4.5h, 40%)
// Notes, ids and personal start/completion dates are not part of the shared form.
import { newId } from './module-ops';
import { restoreCertification } from './restore';
import type { Certification, IsoDate, Result } from './types';

const FIELDS = [
  ['Provider', 'provider'],
  ['Start date', 'startDate'],
  ['Target date', 'targetDate'],
  ['Exam date', 'examDate'],
] as const;

export function certificationToMarkdown(cert: Certification): string {
  const lines = [`# ${oneLine(cert.name)}`, ''];
  for (const [label, key] of FIELDS) {
    const value = cert[key];
    if (value) lines.push(`${label}: ${oneLine(value)}`);
  }
  let course: string | undefined;
  let first = true;
  for (const m of cert.modules) {
    if (first || m.course !== course) {
      lines.push('');
      if (m.course) lines.push(`## ${oneLine(m.course)}`, '');
      else if (!first) lines.push('## (No course)', '');
      course = m.course;
      first = false;
    }
    const extra = m.status === 'in-progress' && m.percent > 0 ? `, ${m.percent}%` : '';
    lines.push(`- [${m.status === 'done' ? 'x' : ' '}] ${oneLine(m.title)} (${m.estimatedHours}h${extra})`);
  }
  return `${lines.join('\n')}\n`;
}

const MODULE_LINE = /^[-*+]\s+\[([ xX])\]\s+(.*?)(?:\s+\((\d+(?:\.\d+)?)\s*h(?:,\s*(\d+(?:\.\d+)?)\s*%)?\))?\s*$/;
const FIELD_LINE = /^([A-Za-z ]+):\s*(.*)$/;

export interface MarkdownImportOptions {
  today: IsoDate;
  id?: string;
  /** Module id factory; random UUIDs by default. */
  newId?: () => string;
}

export function certificationFromMarkdown(text: string, options: MarkdownImportOptions): Result<Certification> {
  const makeId = options.newId ?? newId;
  const raw: Record<string, unknown> = { id: options.id ?? makeId(), createdAt: options.today, archived: false };
  const modules: Record<string, unknown>[] = [];
  let course: string | undefined;
  let name: string | undefined;
  for (const line of text.replace(/^\uFEFF/, '').split(/\r?\n/)) {
    const trimmed = line.trim();
    if (name === undefined && /^#\s/.test(trimmed)) {
      name = trimmed.replace(/^#\s+/, '');
      continue;
    }
    if (/^##\s/.test(trimmed)) {
      const heading = trimmed.replace(/^##\s+/, '').trim();
      course = heading === '(No course)' ? undefined : heading;
      continue;
    }
    const moduleMatch = MODULE_LINE.exec(trimmed);
    if (moduleMatch) {
      const done = moduleMatch[1] !== ' ';
      const percent = done ? 100 : Number(moduleMatch[4] ?? 0);
      modules.push({
        id: makeId(),
        title: moduleMatch[2],
        course,
        estimatedHours: Number(moduleMatch[3] ?? 0),
        status: done ? 'done' : percent > 0 ? 'in-progress' : 'not-started',
        percent,
      });
      continue;
    }
    const field = modules.length === 0 ? FIELD_LINE.exec(trimmed) : null;
    const known = field && FIELDS.find(([label]) => label.toLowerCase() === field[1]!.trim().toLowerCase());
    if (field && known) raw[known[1]] = field[2]!.trim();
  }
  if (name === undefined) return { ok: false, errors: { name: 'The file has no "# Name" heading.' } };
  return restoreCertification({ ...raw, name, modules });
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
