import { Link } from 'react-router';
import type { EpisodeMeta } from '../../data/episode-record';
import { StatusPill } from '../../ui/StatusPill';
import { weekLabel } from './journal-data';

export function StatusBadge({ status }: { status: EpisodeMeta['status'] }) {
  return <StatusPill tone={status === 'draft' ? 'warning' : 'success'}>{status === 'draft' ? 'Draft' : 'Published'}</StatusPill>;
}

export function EpisodeRow({ episode }: { episode: EpisodeMeta }) {
  const week = weekLabel(episode.weekOf);
  const shownTags = episode.tags.slice(0, 6);
  return (
    <Link to={`/journal/${episode.id}`} className="episode-row" data-testid="episode-row">
      <div className="episode-row-top">
        <span className="episode-title" title={episode.title}>
          {episode.title || 'Untitled episode'}
        </span>
        {episode.damaged ? <StatusPill tone="danger">Damaged</StatusPill> : <StatusBadge status={episode.status} />}
      </div>
      <div className="episode-meta">
        {week ? <span className="episode-week">{week}</span> : <span className="episode-week">No week</span>}
        {episode.number !== undefined ? <span>Episode {episode.number}</span> : null}
        <span>{episode.wordCount.toLocaleString('en')} words</span>
        {shownTags.map((tag) => (
          <span key={tag} className="tag">
            #{tag}
          </span>
        ))}
        {episode.tags.length > shownTags.length ? <span className="hint">+{episode.tags.length - shownTags.length}</span> : null}
      </div>
      {episode.excerpt ? <p className="episode-excerpt">{episode.excerpt}</p> : null}
    </Link>
  );
}
