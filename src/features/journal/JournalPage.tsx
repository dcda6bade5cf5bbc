// The journal: a timeline by month, search as you type, filters, drag-and-drop import.
import { lazy, Suspense, useEffect, useMemo, useRef, useState, type DragEvent, type RefObject } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useEpisodeList, useSearch } from '../../data/episodes-store';
import { normalizeTag } from '../../domain/tags';
import { useHost } from '../../host';
import { shortcutKeys } from '../../shared/commands';
import { useCommand } from '../../ui/commands';
import { JournalIcon } from '../../ui/icons';
import { EmptyState, PageHeader } from '../../ui/page';
import { exportJournal } from './export-actions';
import { readDroppedFiles, setPendingImport } from './import-store';
import { JournalFilters } from './JournalFilters';
import { filterEpisodes, isFiltering, NO_FILTER, tagCounts, type JournalFilter } from './journal-data';
import { useJournalReady } from './journal-start';
import { JournalTabs } from './JournalTabs';
import { useNewEpisode } from './new-episode';
import { SearchResults } from './SearchResults';
import { StarterNote } from './StarterNote';
import { Timeline } from './Timeline';
import './journal.css';
import { Callout } from '../../ui/Callout';

// The site's writers (feed, pages, zip) load when the dialog is first opened.
const SiteDialog = lazy(() => import('../publish').then((m) => ({ default: m.SiteDialog })));

/** Search results shown at once (the best by score). */
const SHOWN_HITS = 50;

function useSearchShortcut(input: RefObject<HTMLInputElement | null>) {
  useCommand('focus-search', () => {
    input.current?.focus();
    input.current?.select();
  });
}

export function JournalPage() {
  const ready = useJournalReady();
  const episodes = useEpisodeList();
  const host = useHost();
  const navigate = useNavigate();
  const [dialog, createEpisode] = useNewEpisode();
  const [params] = useSearchParams();
  const [filter, setFilter] = useState<JournalFilter>(() => ({ ...NO_FILTER, tags: params.getAll('tag').map(normalizeTag).filter(Boolean) }));
  const [query, setQuery] = useState('');
  const [dragging, setDragging] = useState(false);
  const [siteOpen, setSiteOpen] = useState(false);
  const searchInput = useRef<HTMLInputElement>(null);
  useSearchShortcut(searchInput);

  const loading = !ready || episodes === undefined;
  const all = useMemo(() => episodes ?? [], [episodes]);
  const tags = useMemo(() => tagCounts(all), [all]);
  const filtered = useMemo(() => filterEpisodes(all, filter), [all, filter]);
  // The index is built in a worker once the timeline is up (or at once if the search box is used first).
  const [searchWanted, setSearchWanted] = useState(false);
  useEffect(() => {
    if (loading || all.length === 0) return;
    const timer = setTimeout(() => setSearchWanted(true), 250);
    return () => clearTimeout(timer);
  }, [loading, all.length]);
  // With filters on, the search keeps to the filtered episodes (counted and ranked among them).
  const filtering = isFiltering(filter);
  const only = useMemo(() => (filtering ? filtered.map((e) => e.id) : undefined), [filtering, filtered]);
  const searchOptions = useMemo(() => ({ limit: SHOWN_HITS, only, version: all }), [only, all]);
  const search = useSearch(query, searchWanted || query !== '', searchOptions);
  const { hits, total } = search;

  const onDrop = async (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const files = Array.from(event.dataTransfer.files);
    if (files.length === 0) return;
    setPendingImport(await readDroppedFiles(files));
    void navigate('/journal/import');
  };

  const modifier = shortcutKeys('Mod', host.platform)[0];
  return (
    <div
      className={`page journal-page${dragging ? ' is-dragging' : ''}`}
      onDragOver={(e) => {
        if (!e.dataTransfer.types.includes('Files')) return;
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setDragging(false);
      }}
      onDrop={(e) => void onDrop(e)}
    >
      <PageHeader
        title="Journal"
        subtitle="One episode a week: what you learned, built and practised."
        actions={
          <>
            <Link className="btn" to="/journal/import">
              Import
            </Link>
            <button type="button" className="btn" onClick={() => void exportJournal(host)} disabled={all.length === 0}>
              Export all (.zip)
            </button>
            <button type="button" className="btn" onClick={() => setSiteOpen(true)} disabled={all.length === 0}>
              Publish site…
            </button>
            <button type="button" className="btn btn-primary" onClick={() => void createEpisode()} title={`New episode (${modifier}+N)`}>
              New episode
              <kbd className="btn-kbd">{modifier} N</kbd>
            </button>
          </>
        }
      />
      {siteOpen ? (
        <Suspense fallback={null}>
          <SiteDialog onClose={() => setSiteOpen(false)} />
        </Suspense>
      ) : null}
      <JournalTabs />
      {loading ? (
        <div className="journal-loading" aria-busy="true" />
      ) : all.length === 0 ? (
        <EmptyState
          icon={JournalIcon}
          title="No episodes yet"
          hint={`Tip: press ${modifier}+N from anywhere to start this week's episode. Drop .md or .txt files here to import them.`}
          actions={
            <>
              <button type="button" className="btn btn-primary" onClick={() => void createEpisode()}>
                Write this week’s episode
              </button>
              <Link className="btn" to="/journal/import">
                Import posts you already wrote
              </Link>
            </>
          }
        >
          <p>An episode is one week of learning in markdown: highlights, course progress, your project, interview prep and the people who inspired you.</p>
        </EmptyState>
      ) : (
        <>
          <StarterNote episodes={all} />
          <div className="journal-toolbar">
            <div className="search-box">
              <input
                ref={searchInput}
                type="search"
                className="input"
                placeholder="Search titles, text and tags"
                aria-label="Search episodes"
                value={query}
                onChange={(e) => {
                  search.askAhead(e.target.value);
                  setQuery(e.target.value);
                }}
                onFocus={() => setSearchWanted(true)}
                onKeyDown={(e) => e.key === 'Escape' && setQuery('')}
              />
              <kbd aria-hidden="true">/</kbd>
            </div>
            <JournalFilters filter={filter} onChange={setFilter} tags={tags} />
          </div>
          {query.trim() ? (
            !search.ready ? (
              <p className="hint" role="status" aria-busy="true">
                Building the search index…
              </p>
            ) : search.error ? (
              <Callout as="p" tone="danger" role="alert">
                Search failed: {search.error}
              </Callout>
            ) : search.query.trim() ? (
              <SearchResults hits={hits} total={total} query={search.query} stale={search.query !== query} />
            ) : (
              <p className="hint" role="status" aria-busy="true">
                Searching…
              </p>
            )
          ) : filtered.length === 0 ? (
            <div className="filter-empty" role="status">
              <p>No episodes match these filters.</p>
              <button type="button" className="btn" onClick={() => setFilter(NO_FILTER)}>
                Clear filters
              </button>
            </div>
          ) : (
            <>
              {isFiltering(filter) ? (
                <p className="hint filter-count" role="status">
                  {filtered.length} of {all.length} episodes
                </p>
              ) : null}
              <Timeline episodes={filtered} />
            </>
          )}
        </>
      )}
      {dragging ? (
        <div className="drop-overlay" aria-hidden="true">
          Drop .md, .markdown or .txt files to import them
        </div>
      ) : null}
      {dialog}
    </div>
  );
}
