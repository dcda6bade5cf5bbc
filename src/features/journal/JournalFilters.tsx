import { memo } from 'react';
import type { EpisodeStatus, SectionKind } from '../../domain/episode';
import { sectionKindList } from '../../domain/episode';
import { isFiltering, NO_FILTER, type JournalFilter } from './journal-data';

/** Memoized: the journal re-renders on every keystroke in its search box; the filters and tags do not change with it. */
export const JournalFilters = memo(function JournalFilters({ filter, onChange, tags }: { filter: JournalFilter; onChange(filter: JournalFilter): void; tags: { tag: string; count: number }[] }) {
  const available = tags.filter((t) => !filter.tags.includes(t.tag));
  return (
    <div className="journal-filters" role="group" aria-label="Filters">
      <select
        className="input"
        aria-label="Filter by tag"
        value=""
        onChange={(e) => e.target.value && onChange({ ...filter, tags: [...filter.tags, e.target.value] })}
        disabled={available.length === 0}
      >
        <option value="">{tags.length ? 'Tag…' : 'No tags yet'}</option>
        {available.map(({ tag, count }) => (
          <option key={tag} value={tag}>
            #{tag} ({count})
          </option>
        ))}
      </select>
      <select className="input" aria-label="Filter by status" value={filter.status} onChange={(e) => onChange({ ...filter, status: e.target.value as EpisodeStatus | 'all' })}>
        <option value="all">Any status</option>
        <option value="draft">Drafts</option>
        <option value="published">Published</option>
      </select>
      <select className="input" aria-label="Filter by section kind" value={filter.kind} onChange={(e) => onChange({ ...filter, kind: e.target.value as SectionKind | 'all' })}>
        <option value="all">Any section</option>
        {sectionKindList.map((kind) => (
          <option key={kind.id} value={kind.id}>
            Has {kind.label.toLowerCase()}
          </option>
        ))}
      </select>
      {filter.tags.map((tag) => (
        <span key={tag} className="chip chip-active">
          #{tag}
          <button type="button" aria-label={`Remove tag filter ${tag}`} onClick={() => onChange({ ...filter, tags: filter.tags.filter((t) => t !== tag) })}>
            ×
          </button>
        </span>
      ))}
      {isFiltering(filter) ? (
        <button type="button" className="btn btn-ghost" onClick={() => onChange(NO_FILTER)}>
          Clear filters
        </button>
      ) : null}
    </div>
  );
});
