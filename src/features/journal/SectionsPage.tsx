// Read one kind of section across the whole journal, oldest first: every project log in a row.
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { getEpisodesRepo } from '../../data/episodes-store';
import type { SectionKind } from '../../domain/episode';
import { isSectionKind, sectionKindList, sectionKindRegistry } from '../../domain/episode';
import { JournalIcon } from '../../ui/icons';
import { EmptyState, PageHeader } from '../../ui/page';
import { sectionsOfKind } from './journal-data';
import { LazyPreview } from '../preview';
import { useJournalReady } from './journal-start';
import { JournalTabs } from './JournalTabs';
import './journal.css';
import './sections-page.css';

export function SectionsPage() {
  const ready = useJournalReady();
  const [params, setParams] = useSearchParams();
  const raw = params.get('kind');
  const kind: SectionKind = isSectionKind(raw) ? raw : 'project';
  const episodes = useLiveQuery(() => getEpisodesRepo().listFull(), []);
  const sections = useMemo(() => (episodes ? sectionsOfKind(episodes, kind) : undefined), [episodes, kind]);
  const definition = sectionKindRegistry[kind];
  return (
    <div className="page journal-page">
      <PageHeader title="Journal" subtitle="Read one kind of section across every episode, oldest first." />
      <JournalTabs />
      <div className="sections-picker segmented" role="group" aria-label="Section kind">
        {sectionKindList.map((k) => (
          <button key={k.id} type="button" aria-pressed={k.id === kind} onClick={() => setParams({ kind: k.id }, { replace: true })}>
            {k.label}
          </button>
        ))}
      </div>
      {!ready || !sections ? (
        <div className="journal-loading" aria-busy="true" />
      ) : sections.length === 0 ? (
        <EmptyState icon={JournalIcon} title={`No “${definition.label}” sections yet`}>
          <p>
            {definition.description} A section appears here when an episode has a <code>##</code> heading of this kind. You can set a
            section’s kind from the outline beside the editor.
          </p>
        </EmptyState>
      ) : (
        <>
          <p className="hint">
            {sections.length} {sections.length === 1 ? 'section' : 'sections'} · {definition.description}
          </p>
          <div className="kind-sections">
            {sections.map((section) => (
              <article key={section.key} className="card kind-section" data-testid="kind-section">
                <header className="kind-section-header">
                  <Link to={`/journal/${section.episodeId}`} className="kind-section-episode" title={section.episodeTitle}>
                    {section.episodeTitle || 'Untitled episode'}
                  </Link>
                  {section.week ? <span className="episode-week">{section.week}</span> : null}
                </header>
                <h3 className="kind-section-heading">{section.heading}</h3>
                {section.markdown.trim() ? <LazyPreview markdown={section.markdown} episodeId={section.episodeId} /> : <p className="hint">Nothing written in this section yet.</p>}
              </article>
            ))}
          </div>
        </>
      )}
    </div>
  );
}
