import { useState } from 'react';
import type { SectionKind } from '../../domain/episode';
import { KindSelect } from '../../ui/KindSelect';
import { parseWeekInput, weekInputValue } from '../../domain/week';
import type { DuplicateChoice, ImportCandidate } from './import-data';
import { Callout } from '../../ui/Callout';

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

interface ItemProps {
  entry: PreviewEntry;
  onChoice(choice: DuplicateChoice): void;
  onRemove(): void;
  /** The person chose the kind of section `index`. */
  onKind(index: number, kind: SectionKind): void;
  /** The person typed a valid ISO week (undefined: none). */
  onWeek(weekOf: string | undefined): void;
}

/** The week as an ISO week field: a week that is not one says so and is not taken. */
function WeekField({ weekOf, id, onWeek }: { weekOf: string | undefined; id: string; onWeek(weekOf: string | undefined): void }) {
  const [text, setText] = useState(() => weekInputValue(weekOf));
  const parsed = parseWeekInput(text);
  return (
    <>
      <input
        className="input import-week"
        aria-label="Week"
        value={text}
        placeholder="2026-W47"
        aria-invalid={'error' in parsed}
        aria-describedby={'error' in parsed ? `${id}-week-error` : undefined}
        onChange={(e) => {
          setText(e.target.value);
          const next = parseWeekInput(e.target.value);
          if ('weekOf' in next) onWeek(next.weekOf);
        }}
      />
      {'error' in parsed ? (
        <span id={`${id}-week-error`} className="field-error">
          {parsed.error}
        </span>
      ) : text.trim() === '' ? (
        <span className="hint">No week: type one such as 2026-W47, or set it after importing.</span>
      ) : null}
    </>
  );
}

export function ImportPreviewItem({ entry, onChoice, onRemove, onKind, onWeek }: ItemProps) {
  const { candidate } = entry;
  const source = candidate.name || 'Pasted text';
  if ('error' in candidate) {
    return (
      <Callout as="li" tone="danger" className="import-item import-error" data-testid="import-error">
        <span className="import-error-text">{candidate.error}</span>
        <button type="button" className="btn btn-ghost" onClick={onRemove} aria-label={`Remove ${source} from the list`}>
          Remove
        </button>
      </Callout>
    );
  }
  const { draft } = candidate;
  const week = weekInputValue(draft.weekOf);
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
        <dd className="import-week-field">
          <WeekField weekOf={draft.weekOf} id={candidate.key} onWeek={onWeek} />
        </dd>
        <dt>Tags</dt>
        <dd>{draft.tags.length ? draft.tags.map((t) => `#${t}`).join(' ') : '—'}</dd>
      </dl>
      {draft.sections.length ? (
        <ol className="import-sections" aria-label={`Sections of ${draft.title}`}>
          {draft.sections.map((section, i) => (
            <li key={i} data-testid="import-section">
              <span className="import-section-heading">{section.heading}</span>
              <KindSelect kind={section.kind} label={`Kind of section ${section.heading}`} title="Choose to correct it; the choice is remembered for this heading" onChange={(kind) => onKind(i, kind)} />
            </li>
          ))}
        </ol>
      ) : (
        <p className="hint">No sections found; the text is imported as it is.</p>
      )}
      {entry.duplicates.length ? (
        <Callout className="import-duplicate" role="group" aria-label="Duplicate">
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
        </Callout>
      ) : null}
    </li>
  );
}
