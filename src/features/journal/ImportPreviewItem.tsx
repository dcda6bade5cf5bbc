import type { DuplicateChoice, ImportCandidate } from './import-data';
import { weekLabel } from './journal-data';
import { sectionKindRegistry } from '../../domain/episode';

export interface PreviewEntry {
  candidate: ImportCandidate;
  duplicates: { id: string; title: string }[];
  choice: DuplicateChoice;
}

const choices: { id: DuplicateChoice; label: string }[] = [
  { id: 'skip', label: 'Skip' },
  { id: 'replace', label: 'Replace' },
  { id: 'keep-both', label: 'Keep both' },
];

export function ImportPreviewItem({ entry, onChoice, onRemove }: { entry: PreviewEntry; onChoice(choice: DuplicateChoice): void; onRemove(): void }) {
  const { candidate } = entry;
  const source = candidate.name || 'Pasted text';
  if ('error' in candidate) {
    return (
      <li className="notice notice-danger import-item import-error" data-testid="import-error">
        <span className="import-error-text">{candidate.error}</span>
        <button type="button" className="btn btn-ghost" onClick={onRemove} aria-label={`Remove ${source} from the list`}>
          Remove
        </button>
      </li>
    );
  }
  const { draft } = candidate;
  const week = weekLabel(draft.weekOf);
  return (
    <li className="card import-item" data-testid="import-item">
      <div className="import-item-head">
        <div className="import-item-title">
          <span className="episode-title" title={draft.title}>
            {draft.title || 'Untitled episode'}
          </span>
          <span className="hint import-source">{source}</span>
        </div>
        <button type="button" className="btn btn-ghost" onClick={onRemove} aria-label={`Remove ${source} from the list`}>
          Remove
        </button>
      </div>
      <dl className="kv import-kv">
        <dt>Number</dt>
        <dd>{draft.number ?? '—'}</dd>
        <dt>Week</dt>
        <dd>{week || 'none (set it after importing)'}</dd>
        <dt>Tags</dt>
        <dd>{draft.tags.length ? draft.tags.map((t) => `#${t}`).join(' ') : '—'}</dd>
      </dl>
      {draft.sections.length ? (
        <ol className="import-sections" aria-label={`Sections of ${draft.title}`}>
          {draft.sections.map((section, i) => (
            <li key={i} data-testid="import-section">
              <span className="import-section-heading">{section.heading}</span>
              <span className="section-kind-badge" data-kind={section.kind}>{sectionKindRegistry[section.kind].label}</span>
            </li>
          ))}
        </ol>
      ) : (
        <p className="hint">No sections found; the text is imported as it is.</p>
      )}
      {entry.duplicates.length ? (
        <div className="import-duplicate notice" role="group" aria-label="Duplicate">
          <span>
            “{entry.duplicates[0]!.title}” for {week || 'the same week'} is already in the journal.
          </span>
          <div className="segmented">
            {choices.map((choice) => (
              <button key={choice.id} type="button" aria-pressed={entry.choice === choice.id} onClick={() => onChoice(choice.id)}>
                {choice.label}
              </button>
            ))}
          </div>
        </div>
      ) : null}
    </li>
  );
}
