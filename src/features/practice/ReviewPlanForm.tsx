// Setting the review plan: the date, what it is, and the daily cap in reviews and/or minutes.
import { useState } from 'react';
import { getSettingsRepo } from '../../data/settings-store';
import { reviewPlanSettingSchema, type ReviewPlanSetting } from '../../domain/plan';
import { errorMessage } from '../../shared/error-message';

const numberOrNull = (text: string): number | null => (text.trim() === '' ? null : Number(text));

export function ReviewPlanForm({ setting, onDone }: { setting: ReviewPlanSetting; onDone?: () => void }) {
  const [day, setDay] = useState(setting?.targetDay ?? '');
  const [label, setLabel] = useState(setting?.label ?? '');
  const [reviews, setReviews] = useState(setting?.reviewsPerDay?.toString() ?? '');
  const [minutes, setMinutes] = useState(setting?.minutesPerDay?.toString() ?? '');
  const [error, setError] = useState<string | null>(null);

  async function save(e: React.FormEvent) {
    e.preventDefault();
    if (!day) return setError('Pick the date of the interview or exam.');
    const parsed = reviewPlanSettingSchema.safeParse({ targetDay: day, label: label.trim(), reviewsPerDay: numberOrNull(reviews), minutesPerDay: numberOrNull(minutes) });
    if (!parsed.success) return setError(parsed.error.issues[0]?.message ?? 'Check the plan.');
    try {
      await getSettingsRepo().set('review-plan', parsed.data);
      setError(null);
      onDone?.();
    } catch (err) {
      setError(errorMessage(err));
    }
  }

  return (
    <form className="review-plan-form" onSubmit={(e) => void save(e)} noValidate>
      <div className="field">
        <label htmlFor="plan-date">Interview date</label>
        <input id="plan-date" className="input" type="date" value={day} onChange={(e) => setDay(e.target.value)} required />
      </div>
      <div className="field plan-label-field">
        <label htmlFor="plan-label">What it is</label>
        <input id="plan-label" className="input" value={label} maxLength={120} placeholder="Product analyst interview at …" onChange={(e) => setLabel(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor="plan-reviews">Max reviews a day</label>
        <input id="plan-reviews" className="input" type="number" min={1} step={1} inputMode="numeric" placeholder="No limit" value={reviews} onChange={(e) => setReviews(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor="plan-minutes">Max minutes a day</label>
        <input id="plan-minutes" className="input" type="number" min={1} step={1} inputMode="numeric" placeholder="No limit" value={minutes} onChange={(e) => setMinutes(e.target.value)} />
      </div>
      <div className="review-plan-actions">
        <button type="submit" className="btn btn-primary">
          Save plan
        </button>
        {onDone && setting ? (
          <button type="button" className="btn" onClick={onDone}>
            Cancel
          </button>
        ) : null}
      </div>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </form>
  );
}
