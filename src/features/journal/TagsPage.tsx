// Tags with counts; rename or merge across every episode, with Undo.
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import type { EpisodeSnapshot } from '../../data/episodes-repo';
import { getEpisodesRepo, useEpisodeList } from '../../data/episodes-store';
import { normalizeTag } from '../../domain/tags';
import { JournalIcon } from '../../ui/icons';
import { EmptyState, PageHeader } from '../../ui/page';
import { tagCounts } from './journal-data';
import { useJournalReady } from './journal-start';
import { JournalTabs } from './JournalTabs';
import { showToast } from '../../ui/toast-store';
import './journal.css';
import './tags-page.css';

async function applyEdit(run: () => Promise<EpisodeSnapshot>) {
  const repo = getEpisodesRepo();
  try {
    const snapshot = await run();
    const n = snapshot.episodes.length;
    showToast({
      message: `${snapshot.label}: ${n} ${n === 1 ? 'episode' : 'episodes'} changed.`,
      action: { label: 'Undo', run: () => repo.undo(snapshot) },
    });
  } catch (error) {
    showToast({ message: `The tags were not changed: ${String(error)}`, tone: 'danger' });
  }
}

function TagRow({ tag, count, others }: { tag: string; count: number; others: string[] }) {
  const [renaming, setRenaming] = useState(false);
  const [name, setName] = useState(tag);
  const target = normalizeTag(name);
  const submit = () => {
    if (!target || target === tag) return setRenaming(false);
    setRenaming(false);
    void applyEdit(() => (others.includes(target) ? getEpisodesRepo().mergeTags([tag], target) : getEpisodesRepo().renameTag(tag, target)));
  };
  return (
    <li className="tag-row" data-testid="tag-row">
      {renaming ? (
        <form
          className="tag-rename"
          onSubmit={(e) => {
            e.preventDefault();
            submit();
          }}
        >
          <input className="input" aria-label={`New name for #${tag}`} value={name} autoFocus onChange={(e) => setName(e.target.value)} onKeyDown={(e) => e.key === 'Escape' && setRenaming(false)} />
          <button type="submit" className="btn btn-primary" disabled={!target}>
            {others.includes(target) ? `Merge into #${target}` : 'Rename'}
          </button>
          <button type="button" className="btn btn-ghost" onClick={() => setRenaming(false)}>
            Cancel
          </button>
        </form>
      ) : (
        <>
          <Link className="tag tag-large" to={`/journal?tag=${encodeURIComponent(tag)}`} title={`#${tag}`}>
            #{tag}
          </Link>
          <span className="tag-count">
            {count} {count === 1 ? 'episode' : 'episodes'}
          </span>
          <div className="tag-actions">
            <button type="button" className="btn btn-ghost" aria-label={`Rename #${tag}`} onClick={() => (setName(tag), setRenaming(true))}>
              Rename
            </button>
            <select
              className="input"
              aria-label={`Merge #${tag} into`}
              value=""
              disabled={others.length === 0}
              onChange={(e) => e.target.value && void applyEdit(() => getEpisodesRepo().mergeTags([tag], e.target.value))}
            >
              <option value="">Merge into…</option>
              {others.map((other) => (
                <option key={other} value={other}>
                  #{other}
                </option>
              ))}
            </select>
          </div>
        </>
      )}
    </li>
  );
}

export function TagsPage() {
  const ready = useJournalReady();
  const episodes = useEpisodeList();
  const counts = useMemo(() => tagCounts(episodes ?? []), [episodes]);
  const names = useMemo(() => counts.map((c) => c.tag).sort(), [counts]);
  return (
    <div className="page journal-page">
      <PageHeader title="Journal" subtitle="Tags from the tag list and from #tags in the text. Renaming changes every episode." />
      <JournalTabs />
      {!ready || episodes === undefined ? (
        <div className="journal-loading" aria-busy="true" />
      ) : counts.length === 0 ? (
        <EmptyState icon={JournalIcon} title="No tags yet">
          <p>
            Add tags in an episode’s header, or write <code>#mlops</code> anywhere in the text. They will be listed here with how often you used
            them.
          </p>
        </EmptyState>
      ) : (
        <ul className="card tag-list">
          {counts.map(({ tag, count }) => (
            <TagRow key={tag} tag={tag} count={count} others={names.filter((n) => n !== tag)} />
          ))}
        </ul>
      )}
    </div>
  );
}
