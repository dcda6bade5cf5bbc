import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { getAttachmentsRepo } from '../../../src/data/attachments-store';
import { getCertificationsRepo, todayIso } from '../../../src/data/certifications-store';
import { renderChartBlocksForExport } from '../../../src/data/charts-store';
import { svgProblem } from '../../../src/domain/attachments';
import type { Certification } from '../../../src/domain/progress';

const cert: Certification = {
  id: 'gcp',
  name: 'Google Cloud ML',
  provider: 'Google',
  archived: false,
  createdAt: '2026-01-01',
  modules: [{ id: 'm1', title: 'Intro', estimatedHours: 10, status: 'not-started', percent: 0, notes: '' }],
};

describe('renderChartBlocksForExport', () => {
  it('replaces each chart block by a stored SVG with its text alternative, and a bad block by a note', async () => {
    const repo = getCertificationsRepo();
    const created = await repo.create(cert);
    if (!created.ok) throw new Error('not created');
    const stored = created.value;
    const saved = await repo.sessions.addSession(stored, { date: todayIso(), moduleId: stored.modules[0]!.id, minutes: 90 });
    expect(saved.ok).toBe(true);
    const text = '# Week\n\nBefore.\n\n```chart\nshow: hours\nweeks: 2\n```\n\nBetween.\n\n```chart\nshow: pie\n```\n\nAfter.\n';
    const out = await renderChartBlocksForExport(text);
    const image = /!\[([^\]]+)\]\(\.\.\/(attachments\/\d{4}\/[0-9a-f]{16}\.svg)\)/.exec(out);
    expect(image).not.toBeNull();
    // This week 1.5 h (90 min), last week none.
    expect(image![1]).toMatch(/^Hours per week of Google Cloud ML, last 2 weeks \(.*\): 0, 1\.5; 1\.5 h in all\.$/);
    expect(out).toContain('> Chart not drawn: "show: pie" is not a chart');
    expect(out).not.toContain('```chart');
    expect(out.startsWith('# Week\n\nBefore.\n\n![')).toBe(true);
    expect(out.endsWith('\n\nAfter.\n')).toBe(true);
    const file = await getAttachmentsRepo().read(image![2]!);
    expect(file?.mime).toBe('image/svg+xml');
    expect(svgProblem(new TextDecoder().decode(file!.bytes))).toBeNull();
    // The same chart again is the same file.
    expect(await renderChartBlocksForExport(text)).toBe(out);
  });

  it('leaves a text without chart blocks as it is', async () => {
    const text = 'No charts here.\n\n```js\nshow: hours\n```\n';
    expect(await renderChartBlocksForExport(text)).toBe(text);
  });
});
