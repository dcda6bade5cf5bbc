// The fields the app owns in the frontmatter: title, number, ISO week, status, tags.
import { useState } from 'react';
import type { EpisodeDraft, EpisodeStatus } from '../../domain/episode';
import { parseWeekInput, weekInputValue } from '../../domain/week';
import { parseNumberInput } from './editor-data';
import { TagInput } from './TagInput';

type HeaderPatch = Partial<Pick<EpisodeDraft, 'title' | 'number' | 'weekOf' | 'status' | 'tags'>>;

interface HeaderProps {
  draft: EpisodeDraft;
  onChange(patch: HeaderPatch): void;
  onBlur(): void;
  /** The title of another episode filed under that week, if one is. */
  weekTaken?(weekOf: string): Promise<string | undefined>;
}

export function HeaderForm({ draft, onChange, onBlur, weekTaken }: HeaderProps) {
  const [weekText, setWeekText] = useState(() => weekInputValue(draft.weekOf));
  const [numberText, setNumberText] = useState(() => (draft.number === undefined ? '' : String(draft.number)));
  // A week another episode has is refused, as New episode does, until the person says to use it.
  const [allowedWeek, setAllowedWeek] = useState(draft.weekOf);
  const [takenBy, setTakenBy] = useState<{ weekOf: string; title: string } | null>(null);
  const parsedWeek = parseWeekInput(weekText);
  const taken = 'weekOf' in parsedWeek && takenBy && takenBy.weekOf === parsedWeek.weekOf && parsedWeek.weekOf !== allowedWeek ? takenBy.title : undefined;
  const week = taken ? { error: `${weekText.trim()} already has “${taken}”.` } : parsedWeek;
  // A typed week is taken only once no other episode has it (one indexed read).
  const chooseWeek = (weekOf: string | undefined) => {
    setTakenBy(null);
    if (!weekOf || weekOf === allowedWeek || !weekTaken) {
      onChange({ weekOf });
      return;
    }
    void weekTaken(weekOf).then((title) => {
      if (title) setTakenBy({ weekOf, title });
      else onChange({ weekOf });
    });
  };
  const number = parseNumberInput(numberText);
  return (
    <div className="episode-header-form" onBlur={onBlur}>
      <div className="field field-title">
        <label htmlFor="episode-title">Title</label>
        <input id="episode-title" className="input" value={draft.title} placeholder="Episode 12: What this week was about" onChange={(e) => onChange({ title: e.target.value })} />
      </div>
      <div className="episode-header-row">
        <div className="field field-number">
          <label htmlFor="episode-number">Number</label>
          <input
            id="episode-number"
            className="input"
            inputMode="numeric"
            value={numberText}
            aria-invalid={'error' in number}
            aria-describedby={'error' in number ? 'episode-number-error' : undefined}
            onChange={(e) => {
              setNumberText(e.target.value);
              const parsed = parseNumberInput(e.target.value);
              if ('number' in parsed) onChange({ number: parsed.number });
            }}
          />
          {'error' in number ? (
            <span id="episode-number-error" className="field-error">
              {number.error}
            </span>
          ) : null}
        </div>
        <div className="field field-week">
          <label htmlFor="episode-week">ISO week</label>
          <input
            id="episode-week"
            className="input"
            value={weekText}
            placeholder="2026-W47"
            aria-invalid={'error' in week}
            aria-describedby={'error' in week ? 'episode-week-error' : undefined}
            onChange={(e) => {
              setWeekText(e.target.value);
              const parsed = parseWeekInput(e.target.value);
              if ('weekOf' in parsed) chooseWeek(parsed.weekOf);
            }}
          />
          {'error' in week ? (
            <span id="episode-week-error" className="field-error">
              {week.error}
              {taken && 'weekOf' in parsedWeek ? (
                <button
                  type="button"
                  className="btn btn-ghost btn-inline"
                  onClick={() => {
                    setAllowedWeek(parsedWeek.weekOf);
                    onChange({ weekOf: parsedWeek.weekOf });
                  }}
                >
                  Use it anyway
                </button>
              ) : null}
            </span>
          ) : null}
        </div>
        <div className="field field-status">
          <span className="field-label" id="episode-status-label">
            Status
          </span>
          <div className="segmented" role="group" aria-labelledby="episode-status-label">
            {(['draft', 'published'] as EpisodeStatus[]).map((status) => (
              <button key={status} type="button" aria-pressed={draft.status === status} onClick={() => onChange({ status })}>
                {status === 'draft' ? 'Draft' : 'Published'}
              </button>
            ))}
          </div>
        </div>
        <div className="field field-tags">
          <label htmlFor="episode-tags">Tags</label>
          <TagInput id="episode-tags" tags={draft.tags} onChange={(tags) => onChange({ tags })} />
        </div>
      </div>
    </div>
  );
}
