// "These are example episodes": shown while any starter episode is still in the journal, until dismissed.
import { useLiveQuery } from 'dexie-react-hooks';
import { memo } from 'react';
import { getDatabase } from '../../data/db';
import type { EpisodeMeta } from '../../data/episode-record';
import { STARTER_IDS_KEY, STARTER_NOTE_KEY } from './journal-start';
import { Callout } from '../../ui/Callout';

/** Memoized: the journal re-renders on every keystroke in its search box, the episodes rarely change. */
export const StarterNote = memo(function StarterNote({ episodes }: { episodes: EpisodeMeta[] }) {
  const settings = useLiveQuery(async () => {
    const db = getDatabase();
    const [ids, dismissed] = await Promise.all([db.settings.get(STARTER_IDS_KEY), db.settings.get(STARTER_NOTE_KEY)]);
    return { ids: Array.isArray(ids?.value) ? (ids.value as string[]) : [], dismissed: dismissed?.value === true };
  }, []);
  if (!settings || settings.dismissed) return null;
  const live = new Set(episodes.map((e) => e.id));
  if (!settings.ids.some((id) => live.has(id))) return null;
  return (
    <Callout className="starter-note" role="note">
      <span className="starter-note-text">
        <strong>These are example episodes — delete them any time.</strong> They show the format: one episode a week, with
        sections for highlights, courses, your project, interview prep and people who inspired you.
      </span>
      <button type="button" className="btn btn-ghost" onClick={() => void getDatabase().settings.put({ key: STARTER_NOTE_KEY, value: true })}>
        Dismiss
      </button>
    </Callout>
  );
});
