// Progress by topic over the weeks: accuracy lines for the weakest topics, time per problem, and a
// weakest-first table with each topic's next review. The numbers come from practiceProgress.
import { Fragment, memo, useMemo, useState } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { PracticeProgress } from '../../domain/practice/progress';
import type { ReviewCardRecord } from '../../domain/practice/scheduling';
import { gridAtTicks } from '../../ui/chart-grid';
import { plainTick } from '../../ui/chart-tick';
import { useChartColors } from '../../ui/use-chart-colors';
import { ChartBox } from '../../ui/chart-box';
import { accuracyRows, cardIdsByTopic, nextDueByTopic, timeRows } from './progress-data';
import { ReviewHistory } from './ReviewHistory';
import { formatSeconds, relativeDue } from './session-data';

export const ProgressSection = memo(function ProgressSection({ progress, cards, now }: { progress: PracticeProgress; cards: readonly ReviewCardRecord[]; now: number }) {
  const colors = useChartColors();
  const accuracy = useMemo(() => accuracyRows(progress), [progress]);
  const time = useMemo(() => timeRows(progress), [progress]);
  const nextDue = useMemo(() => nextDueByTopic(cards), [cards]);
  const [open, setOpen] = useState<string | null>(null);
  const cardsOf = useMemo(() => cardIdsByTopic(cards), [cards]);
  if (progress.total === 0) {
    return (
      <section className="card progress-card" aria-label="Progress">
        <h2>Progress</h2>
        <p className="muted">Accuracy and time by topic appear here after your first answers.</p>
      </section>
    );
  }
  const axis = { stroke: colors.faint };
  // Every other week is labelled, counted back from this week's, so the labels never crowd.
  const weekTick = plainTick(colors.muted, (v, i, n) => ((n - 1 - i) % 2 === 0 ? String(v) : ''));
  const tooltip = { contentStyle: { background: colors.surface, borderColor: colors.grid, color: colors.text } };
  const lineColors = [colors.danger, colors.warning, colors.success];
  return (
    <section className="progress" aria-label="Progress">
      <div className="progress-charts">
        <div className="card">
          <h2>Accuracy by week</h2>
          <ChartBox testId="accuracy-chart" height={220}>
            {(accuracyWidth) => (
              <LineChart width={accuracyWidth} height={220} data={accuracy.rows} margin={{ top: 8, right: 20, bottom: 4, left: 0 }}>
                <CartesianGrid {...gridAtTicks} stroke={colors.grid} strokeDasharray="3 3" vertical={false} />
                <XAxis dataKey="label" {...axis} tick={weekTick} interval={0} />
                <YAxis width={44} domain={[0, 100]} tick={plainTick(colors.muted, (v) => `${String(v)}%`)} interval={0} {...axis} />
                <Tooltip {...tooltip} formatter={(v) => `${String(v)}%`} />
                <Legend wrapperStyle={{ fontSize: 12, color: colors.muted }} />
                <Line name="All topics" dataKey="overall" stroke={colors.accent} strokeWidth={2.5} dot={{ r: 3 }} connectNulls isAnimationActive={false} />
                {accuracy.topics.map((t, i) => (
                  <Line key={t.topic} name={t.label} dataKey={t.topic} stroke={lineColors[i]} strokeDasharray="5 3" dot={{ r: 2.5 }} connectNulls isAnimationActive={false} />
                ))}
              </LineChart>
            )}
          </ChartBox>
        </div>
        <div className="card">
          <h2>Time per problem by week</h2>
          <ChartBox testId="time-chart" height={220}>
            {(timeWidth) => (
              <BarChart width={timeWidth} height={220} data={time} margin={{ top: 8, right: 12, bottom: 4, left: 0 }}>
                <CartesianGrid {...gridAtTicks} stroke={colors.grid} strokeDasharray="3 3" vertical={false} />
                <XAxis dataKey="label" {...axis} tick={weekTick} interval={0} />
                <YAxis width={44} allowDecimals={false} tick={plainTick(colors.muted, (v) => `${String(v)} s`)} interval={0} {...axis} />
                <Tooltip {...tooltip} cursor={{ fill: colors.grid, opacity: 0.4 }} formatter={(v, name) => (name === 'Average time' ? formatSeconds(Number(v)) : String(v))} />
                <Bar name="Average time" dataKey="avgSeconds" fill={colors.accent} radius={[3, 3, 0, 0]} maxBarSize={28} isAnimationActive={false} />
              </BarChart>
            )}
          </ChartBox>
        </div>
      </div>
      <div className="card">
        <h2>By topic, weakest first</h2>
        <table className="topic-table" data-testid="topic-table">
          <thead>
            <tr>
              <th>Topic</th>
              <th className="num">Accuracy</th>
              <th className="num">Answered</th>
              <th className="num">Avg time</th>
              <th>Next review</th>
              <th>
                <span className="visually-hidden">History</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {progress.topics.map((t) => {
              const due = nextDue.get(t.topic);
              const shown = open === t.topic;
              return (
                <Fragment key={t.topic}>
                  <tr>
                    <td>{t.label}</td>
                    <td className="num">
                      <span className="acc-bar" style={{ ['--acc' as string]: `${Math.round(t.accuracy * 100)}%` }} />
                      {Math.round(t.accuracy * 100)}%
                    </td>
                    <td className="num">{t.attempts}</td>
                    <td className="num">{formatSeconds(t.avgSeconds)}</td>
                    <td>{due === undefined ? '—' : relativeDue(due, now)}</td>
                    <td className="num">
                      <button type="button" className="btn btn-ghost history-toggle" aria-expanded={shown} aria-label={`${shown ? 'Hide' : 'Show'} the review history of ${t.label}`} onClick={() => setOpen(shown ? null : t.topic)}>
                        {shown ? 'Hide' : 'History'}
                      </button>
                    </td>
                  </tr>
                  {shown ? (
                    <tr className="history-row">
                      <td colSpan={6}>
                        <ReviewHistory label={t.label} cardIds={cardsOf.get(t.topic) ?? []} />
                      </td>
                    </tr>
                  ) : null}
                </Fragment>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
});
