// Study streaks in days. A day counts when it has any minutes. Today without study does not
// break the current streak while the day is still going: the streak then ends yesterday.
import { fromDayNumber } from './day-math';
import { buildStudyIndex } from './study-index';
import type { StudyIndex } from './study-index';
import type { IsoDate, StudySession } from './types';

export interface Streaks {
  current: number;
  longest: number;
  studiedToday: boolean;
  lastStudyDate: IsoDate | null;
}

export function studyStreaks(sessions: readonly StudySession[], today: IsoDate, certificationId?: string): Streaks {
  return streaksFromIndex(buildStudyIndex(sessions, today, certificationId));
}

export function streaksFromIndex(index: StudyIndex): Streaks {
  const days: number[] = [];
  for (const [day, minutes] of index.minutesByDay) if (minutes > 0) days.push(day);
  days.sort((a, b) => a - b);
  let longest = 0;
  let run = 0;
  for (let i = 0; i < days.length; i++) {
    run = i > 0 && days[i] === days[i - 1]! + 1 ? run + 1 : 1;
    if (run > longest) longest = run;
  }
  const has = (day: number) => (index.minutesByDay.get(day) ?? 0) > 0;
  const studiedToday = has(index.today);
  let current = 0;
  for (let day = studiedToday ? index.today : index.today - 1; has(day); day--) current++;
  const last = days.length > 0 ? days[days.length - 1]! : null;
  return { current, longest, studiedToday, lastStudyDate: last === null ? null : fromDayNumber(last) };
}
