// First run: what Episodes is for, and the two first steps, right on the home screen.
import { useState } from 'react';
import { Link } from 'react-router';
import { getSettingsRepo, useSetting } from '../../data/settings-store';
import { NewCertification } from '../certifications';

export function Welcome({ onStartEpisode }: { onStartEpisode: () => void }) {
  const dismissed = useSetting('welcome-dismissed');
  const [picking, setPicking] = useState(false);
  if (dismissed !== false) return null;
  const dismiss = () => void getSettingsRepo().set('welcome-dismissed', true);
  return (
    <section className="card welcome" aria-label="Welcome">
      <div className="welcome-head">
        <div>
          <h2>Welcome to Episodes</h2>
          <p className="muted">
            One place to learn in public: a weekly episode about what you studied, built and practised, with your
            certification progress, A/B-test calculators and interview practice beside it. Everything stays on this computer.
          </p>
        </div>
        <button type="button" className="btn btn-ghost" onClick={dismiss}>
          Dismiss
        </button>
      </div>
      <ol className="welcome-steps">
        <li>
          <strong>Write this week&apos;s episode.</strong> It starts from five sections: highlights, course progress,
          project log, interview prep and the people who inspired you.
          <div className="button-row">
            <button type="button" className="btn btn-primary" onClick={onStartEpisode}>
              Start this week&apos;s episode
            </button>
            <Link className="btn btn-ghost" to="/journal">
              Read the example episodes
            </Link>
          </div>
        </li>
        <li>
          <strong>Track a certification.</strong> Pick a learning path; log study time and Episodes forecasts your finish date.
          <div className="button-row">
            {picking ? null : (
              <button type="button" className="btn" onClick={() => setPicking(true)}>
                Choose a learning path…
              </button>
            )}
          </div>
          {picking ? <NewCertification onClose={() => setPicking(false)} /> : null}
        </li>
      </ol>
    </section>
  );
}
