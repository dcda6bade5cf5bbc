import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import type { SearchHit, SnippetPart } from '../../data/episode-search';
import { weekLabel } from './journal-data';

function Parts({ parts }: { parts: SnippetPart[] }) {
  return (
    <>
      {parts.map((part, i) => (part.match ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}
    </>
  );
}

/**
 * Hits drawn with the answer: more than a window's height of them (a hit is 70 px or taller). The
 * rest follow right after that frame is painted, so the answer shows without waiting for them.
 */
const firstHits = () => Math.max(8, Math.ceil(window.innerHeight / 60));

/** `stale`: these answer an earlier query while the current one is on its way (shown dimmed). */
export function SearchResults({ hits, total = hits.length, query, stale = false }: { hits: SearchHit[]; total?: number; query: string; stale?: boolean }) {
  const [drawnAll, setDrawnAll] = useState<SearchHit[] | null>(null);
  useEffect(() => {
    if (hits.length <= firstHits()) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => (timer = setTimeout(() => setDrawnAll(hits))));
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [hits]);
  const shown = drawnAll === hits ? hits : hits.slice(0, firstHits());
  if (hits.length === 0) {
    return (
      <div className="search-empty" role="status" aria-busy={stale}>
        Nothing found for “{query}”. Try fewer or shorter words; search also matches the start of words.
      </div>
    );
  }
  return (
    <div className={stale ? 'is-stale' : undefined} aria-busy={stale}>
      <p className="hint search-count" role="status">
        {total === 1 ? '1 episode' : `${total.toLocaleString('en')} episodes`} found
        {total > hits.length ? ` · the best ${hits.length} shown; add a word to narrow it down` : ''}
      </p>
      <ol className="search-results" aria-label="Search results">
        {shown.map((hit) => (
          <li key={hit.id}>
            <Link to={`/journal/${hit.id}`} className="episode-row search-hit" data-testid="search-hit">
              <div className="episode-row-top">
                <span className="episode-title" title={hit.title}>
                  <Parts parts={hit.titleParts} />
                </span>
                <span className="episode-week">{weekLabel(hit.weekOf)}</span>
              </div>
              {hit.snippet.length ? (
                <p className="episode-excerpt">
                  <Parts parts={hit.snippet} />
                </p>
              ) : null}
            </Link>
          </li>
        ))}
      </ol>
    </div>
  );
}
