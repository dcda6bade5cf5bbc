import { updatePreferences, type Preferences } from '../../data/preferences';
import { usePreferences } from '../../data/settings-store';
import { CommitField } from '../../ui/CommitField';

const weekStarts: { value: Preferences['weekStartsOn']; label: string }[] = [
  { value: 1, label: 'Monday' },
  { value: 0, label: 'Sunday' },
  { value: 6, label: 'Saturday' },
];

/** A number setting: anything that is not a number is refused before the repository sees it. */
function NumberPreference({ id, label, value, step, onSave }: { id: string; label: string; value: number; step: number; onSave: (v: number) => Promise<unknown> }) {
  return (
    <CommitField
      id={id}
      label={label}
      value={String(value)}
      inputMode="decimal"
      step={step}
      commit={async (text) => {
        const number = Number(text);
        if (text.trim() === '' || !Number.isFinite(number)) throw new Error('Enter a number, e.g. 0.05.');
        await onSave(number);
      }}
    />
  );
}

export function PreferencesSection() {
  const preferences = usePreferences();
  return (
    <section className="settings-section" aria-labelledby="preferences">
      <div>
        <h2 id="preferences">Weeks and statistics</h2>
        <p className="section-help">Episodes are always filed by ISO week (Monday to Sunday); calendars start on the day you choose.</p>
      </div>
      <div className="preference-grid">
        <div className="field">
          <label htmlFor="week-start">First day of the week</label>
          <select
            id="week-start"
            className="input"
            value={preferences.weekStartsOn}
            onChange={(e) => void updatePreferences({ weekStartsOn: Number(e.target.value) as Preferences['weekStartsOn'] })}
          >
            {weekStarts.map((w) => (
              <option key={w.value} value={w.value}>
                {w.label}
              </option>
            ))}
          </select>
        </div>
        <NumberPreference id="default-alpha" label="Default significance level (alpha)" value={preferences.defaultAlpha} step={0.01} onSave={(v) => updatePreferences({ defaultAlpha: v })} />
        <NumberPreference id="default-power" label="Default power" value={preferences.defaultPower} step={0.05} onSave={(v) => updatePreferences({ defaultPower: v })} />
      </div>
    </section>
  );
}
