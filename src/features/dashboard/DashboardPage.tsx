import { format } from 'date-fns';
import { useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { todayIso } from '../../data/certifications-store';
import { toDraft } from '../../data/episode-record';
import { getEpisodesRepo } from '../../data/episodes-store';
import { useDashboard } from '../../data/dashboard-store';
import { dueCards } from '../../domain/practice/scheduling';
import { weeklyPracticeSummary } from '../../domain/practice/weekly-summary';
import { useCalculatorList } from '../../ui/calculator-list';
import { isoWeekFromWeekOf, weekOfFromDate } from '../../domain/week';
import { useHost } from '../../host';
import { PageHeader } from '../../ui/page';
import { exportEpisode, useJournalReady } from '../journal';
import { ThisWeeksPlanCard } from '../certifications';
import { ReviewPlanLine } from '../practice';
import { reportError } from '../../ui/report-error';
import { showToast } from '../../ui/toast-store';
import { certificationCard, episodeOfWeek, writingStreak } from './dashboard-data';
import { startThisWeeksEpisode } from './start-week';
import { Welcome } from './Welcome';
import './dashboard.css';
import { StatusPill } from '../../ui/StatusPill';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function DashboardPage() {
  const host = useHost();
  const navigate = useNavigate();
  const journalReady = useJournalReady();
  const [busy, setBusy] = useState(false);
  const today = new Date();
  const weekOf = weekOfFromDate(today);
  const todayText = todayIso();
  const data = useDashboard(todayText, weekOf);
  const week = isoWeekFromWeekOf(weekOf) ?? '';
  const calculators = useCalculatorList();
  // While the registry loads (the first moments after start), a saved calculation shows no name rather than its id.
  const calculatorTitle = (id: string) => (calculators ? (calculators.find((c) => c.id === id)?.title ?? id) : '…');

  const view = useMemo(() => {
    if (!data) return null;
    const now = Date.now();
    return {
      episode: episodeOfWeek(data.weekEpisodes, weekOf),
      streak: writingStreak(data.weeksWritten, weekOf),
      certs: data.certifications.map(({ certification, sessions, firstStudyDate }) => certificationCard(certification, sessions, todayText, firstStudyDate)),
      due: dueCards(data.cards, now).length,
      practice: weeklyPracticeSummary(data.attempts, weekOf),
    };
  }, [data, weekOf, todayText]);

  async function start() {
    setBusy(true);
    try {
      void navigate(`/journal/${await startThisWeeksEpisode(today)}`);
    } catch (error) {
      reportError(error, 'Could not start the episode');
    } finally {
      setBusy(false);
    }
  }

  async function publish(id: string) {
    try {
      const repo = getEpisodesRepo();
      const episode = await repo.get(id);
      if (!episode) throw new Error('the episode is no longer there (it may have been deleted in another window)');
      const saved = await repo.save(id, { ...toDraft(episode), status: 'published' });
      showToast({
        message: `Published “${saved.title}”.`,
        action: { label: 'Export blog post', run: () => exportEpisode(host, toDraft(saved), 'blog').catch((error: unknown) => reportError(error, 'The blog post was not exported')) },
      });
    } catch (error) {
      reportError(error, 'The episode was not published');
    }
  }

  const header = <PageHeader title="This week" subtitle={`${week} · ${format(today, 'EEEE d MMMM yyyy')}`} />;
  // Busy until the cards have their data (screen readers say so, and the bench waits for it).
  if (!data || !view || !journalReady) {
    return (
      <div className="page" aria-busy="true">
        {header}
      </div>
    );
  }
  // A new user: nothing written but the examples, and no certification yet.
  const newUser = data.certifications.length === 0 && data.liveIds.every((id) => data.starterIds.includes(id));

  return (
    <div className="page dashboard">
      {header}
      {newUser ? <Welcome onStartEpisode={() => void start()} /> : null}
      <div className="dashboard-grid">
        <section className="card week-card" aria-label="This week's episode">
          <h2>This week&apos;s episode</h2>
          {view.episode ? (
            <>
              <p className="week-title">
                <Link to={`/journal/${view.episode.id}`}>{view.episode.title || 'Untitled episode'}</Link>
                <StatusPill tone={view.episode.status === 'published' ? 'success' : 'warning'}>{view.episode.status === 'published' ? 'Published' : 'Draft'}</StatusPill>
              </p>
              <div className="button-row">
                <Link className="btn btn-primary" to={`/journal/${view.episode.id}`}>
                  {view.episode.status === 'published' ? 'Open' : 'Continue writing'}
                </Link>
                {view.episode.status === 'draft' ? (
                  <button type="button" className="btn" onClick={() => void publish(view.episode!.id)}>
                    Publish
                  </button>
                ) : (
                  <button type="button" className="btn" onClick={() => void getEpisodesRepo().get(view.episode!.id).then((e) => e && exportEpisode(host, toDraft(e), 'blog'))}>
                    Export blog post
                  </button>
                )}
              </div>
            </>
          ) : (
            <>
              <p className="muted">Not started. The template brings this week&apos;s study hours, practice results, calculations and inspirations with it.</p>
              <div className="button-row">
                <button type="button" className="btn btn-primary" disabled={busy} onClick={() => void start()}>
                  Start this week&apos;s episode
                </button>
              </div>
            </>
          )}
        </section>

        <section className="card stat-card" aria-label="Writing streak">
          <h2>Writing streak</h2>
          <p className="big-number">{plural(view.streak.current, 'week')}</p>
          <p className="muted">
            Longest: {plural(view.streak.longest, 'week')}.{' '}
            {view.streak.thisWeekDone ? 'This week is written.' : view.streak.current > 0 ? 'Write this week to keep it going.' : 'One episode a week starts a streak.'}
          </p>
        </section>

        <ThisWeeksPlanCard />

        <section className="card certs-card" aria-label="Certifications">
          <h2>Certifications</h2>
          {view.certs.length === 0 ? (
            <p className="muted">
              No certification tracked. <Link to="/certifications">Add one from a learning-path template</Link> to see your pace and finish date here.
            </p>
          ) : (
            <ul className="cert-list">
              {view.certs.map((c) => (
                <li key={c.id}>
                  <div className="cert-line">
                    <Link to={`/certifications/${c.id}`} className="cert-name">
                      {c.name}
                    </Link>
                    <span className="muted" title="The estimated hours of the modules you finished (and the done share of started ones), out of all of them">
                      {c.percent}% done
                    </span>
                  </div>
                  <div className="progress-track" role="progressbar" aria-valuenow={c.percent} aria-valuemin={0} aria-valuemax={100} aria-label={`${c.name} progress`}>
                    <div className="progress-fill" style={{ width: `${c.percent}%` }} />
                  </div>
                  <p className={`muted banner-${c.bannerKind}`}>
                    <span title="Hours of study you logged, a week, since you started or over the last four weeks">{c.paceHoursPerWeek} h/week logged</span> · {c.forecast === 'Done' ? 'done' : c.forecast ? `finish around ${format(new Date(`${c.forecast}T00:00:00`), 'd MMM yyyy')}` : 'no pace yet'} · {c.banner}
                  </p>
                </li>
              ))}
            </ul>
          )}
        </section>

        <section className="card stat-card" aria-label="Practice">
          <h2>Practice</h2>
          <p className="big-number">{view.due > 0 ? `${plural(view.due, 'card')} due` : 'Nothing due'}</p>
          <p className="muted">
            {view.practice.problems > 0
              ? `This week: ${plural(view.practice.problems, 'problem')}, ${Math.round(view.practice.accuracy * 100)}% correct.`
              : 'No practice yet this week.'}
          </p>
          <ReviewPlanLine weekOf={weekOf} doneThisWeek={view.practice.problems} />
          <Link className="btn" to="/practice">
            Start practice
          </Link>
        </section>

        <section className="card list-card" aria-label="Recent inspirations">
          <h2>Recent inspirations</h2>
          {data.inspirations.length === 0 ? (
            <p className="muted">
              Nobody yet. <Link to="/inspirations">Add a person, talk or article</Link> that inspired you.
            </p>
          ) : (
            <ul>
              {data.inspirations.map((i) => (
                <li key={i.id}>
                  <span className="truncate">{i.name}</span>
                  <span className="muted">{format(new Date(`${i.date}T00:00:00`), 'd MMM')}</span>
                </li>
              ))}
            </ul>
          )}
        </section>

        <section className="card list-card" aria-label="Recent calculations">
          <h2>Recent calculations</h2>
          {data.calculations.length === 0 ? (
            <p className="muted">
              None saved. <Link to="/calculators">Run a calculator</Link> and save the result into an episode.
            </p>
          ) : (
            <ul>
              {data.calculations.map((c) => (
                <li key={c.id}>
                  <Link className="truncate" to={`/journal/${c.episodeId}`}>
                    {calculatorTitle(c.calculatorId)}
                  </Link>
                  <span className="muted">{format(new Date(c.createdAt), 'd MMM')}</span>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </div>
  );
}
