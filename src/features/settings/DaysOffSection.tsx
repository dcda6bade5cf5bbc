// Breaks and days off (settings key 'days-off'): the exam plan gives them no hours and the review
// plan moves their reviews to the day before. Add a break from–to with a label; remove it with Undo.
import { format } from 'date-fns';
import { useState } from 'react';
import { getSettingsRepo, useSetting } from '../../data/settings-store';
import { dayOffRangeSchema, normalizeDaysOff, type DayOffRange } from '../../domain/plan';
import { parseDay } from '../../domain/week';
import { errorMessage } from '../../shared/error-message';
import { showUndo } from '../../ui/toast-store';
import './settings.css';

const dayText = (day: string) => {
  const d = parseDay(day);
  return d ? format(d, 'EEE d MMM yyyy') : day;
};
const rangeText = (r: DayOffRange) => (r.from === r.to ? dayText(r.from) : `${dayText(r.from)} – ${dayText(r.to)}`);

export function DaysOffSection() {
  const ranges = useSetting('days-off');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [label, setLabel] = useState('');
  const [error, setError] = useState<string | null>(null);

  async function add(e: React.FormEvent) {
    e.preventDefault();
    if (!from) return setError('Pick the first day of the break.');
    const parsed = dayOffRangeSchema.safeParse({ from, to: to || from, label: label.trim() });
    if (!parsed.success) return setError(parsed.error.issues[0]?.message ?? 'Check the break.');
    try {
      await getSettingsRepo().update('days-off', (current) => normalizeDaysOff([...current, parsed.data]));
      setFrom('');
      setTo('');
      setLabel('');
      setError(null);
    } catch (err) {
      setError(errorMessage(err));
    }
  }

  async function remove(range: DayOffRange) {
    const same = (r: DayOffRange) => r.from === range.from && r.to === range.to;
    await getSettingsRepo().update('days-off', (current) => current.filter((r) => !same(r)));
    showUndo(`Removed the break ${range.label || rangeText(range)}`, async () => {
      await getSettingsRepo().update('days-off', (current) => normalizeDaysOff([...current, range]));
    });
  }

  const list = ranges ? normalizeDaysOff(ranges) : [];
  return (
    <section className="settings-section" aria-labelledby="breaks-title" id="breaks">
      <div>
        <h2 id="breaks-title">Breaks and days off</h2>
        <p className="section-help">No study is planned on these days: the exam plan gives them no hours, and reviews due on them move to the day before.</p>
      </div>
      <div className="days-off">
        <form className="days-off-form" onSubmit={(e) => void add(e)} noValidate>
          <div className="field">
            <label htmlFor="break-from">From</label>
            <input id="break-from" className="input" type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
          </div>
          <div className="field">
            <label htmlFor="break-to">To (inclusive)</label>
            <input id="break-to" className="input" type="date" value={to} min={from || undefined} onChange={(e) => setTo(e.target.value)} />
          </div>
          <div className="field days-off-label">
            <label htmlFor="break-label">Label</label>
            <input id="break-label" className="input" value={label} maxLength={200} placeholder="Holiday, conference…" onChange={(e) => setLabel(e.target.value)} />
          </div>
          <button type="submit" className="btn">
            Add break
          </button>
          {error ? (
            <p className="field-error" role="alert">
              {error}
            </p>
          ) : null}
        </form>
        {list.length === 0 ? (
          <p className="hint">No breaks yet. Add a holiday or a busy week and both plans work around it.</p>
        ) : (
          <ul className="days-off-list" aria-label="Breaks">
            {list.map((r) => (
              <li key={`${r.from}-${r.to}`}>
                <span>
                  <strong>{r.label || 'Break'}</strong> <span className="muted">{rangeText(r)}</span>
                </span>
                <button type="button" className="btn btn-ghost" aria-label={`Remove ${r.label || 'break'} ${rangeText(r)}`} onClick={() => void remove(r)}>
                  Remove
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
