// Schema version 6's data upgrade: episode rows that came up from versions 1 and 2 never had the
// fields the timeline, the header form and the dashboard read. They are computed from the text.
import type { Transaction } from 'dexie';
import { validateEpisodeDraft } from '../domain/episode';
import { toRecords } from './episode-record';

const FIELDS = ['listTags', 'headings', 'excerpt', 'wordCount', 'createdAt'] as const;

export async function fillOldEpisodeRows(tx: Transaction): Promise<void> {
  const bodies = tx.table('episodeBodies');
  const episodes = tx.table('episodes');
  const rows = (await episodes.toArray()) as Record<string, unknown>[];
  const old = rows.filter((row) => FIELDS.some((field) => !(field in row)));
  if (old.length === 0) return;
  const texts = (await bodies.bulkGet(old.map((row) => row.id))) as (Record<string, unknown> | undefined)[];
  const filled: Record<string, unknown>[] = [];
  old.forEach((row, i) => {
    const text = texts[i];
    const draft = validateEpisodeDraft({
      title: row.title,
      number: row.number,
      weekOf: row.weekOf,
      status: row.status,
      tags: row.tags,
      body: text?.body,
      sections: text?.sections,
      frontmatter: text?.frontmatter,
    });
    // A row too damaged to read is left as it is: the repository shows it marked, with a way to repair it.
    if (!draft.ok) return;
    const updatedAt = typeof row.updatedAt === 'number' ? row.updatedAt : 0;
    const createdAt = typeof row.createdAt === 'number' ? row.createdAt : updatedAt;
    const deletedAt = typeof row.deletedAt === 'number' ? row.deletedAt : 0;
    filled.push({ ...row, ...toRecords(String(row.id), draft.draft, { createdAt, updatedAt, deletedAt }).meta });
  });
  await episodes.bulkPut(filled);
}
