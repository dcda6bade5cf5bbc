// "These are example episodes": shown while any starter episode is still in the journal, until dismissed.
import { memo } from 'react';
import type { EpisodeMeta } from '../../data/episode-record';
import { getSettingsRepo, useSetting } from '../../data/settings-store';
import { Callout } from '../../ui/Callout';

/** Memoized: the journal re-renders on every keystroke in its search box, the episodes rarely change. */
export const StarterNote = memo(function StarterNote({ episodes }: { episodes: EpisodeMeta[] }) {
  const ids = useSetting('starter-episode-ids');
  const dismissed = useSetting('starter-note-dismissed');
  if (ids === undefined || dismissed !== false) return null;
  const live = new Set(episodes.map((e) => e.id));
  if (!ids.some((id) => live.has(id))) return null;
  return (
    <Callout className="starter-note" role="note">
      <span className="starter-note-text">
        <strong>These are example episodes — delete them any time.</strong> They show the format: one episode a week, with
        sections for highlights, courses, your project, interview prep and people who inspired you.
      </span>
      <button type="button" className="btn btn-ghost" onClick={() => void getSettingsRepo().set('starter-note-dismissed', true)}>
        Dismiss
      </button>
    </Callout>
  );
});
