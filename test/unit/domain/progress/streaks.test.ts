import { describe, expect, it } from 'vitest';
import { studyStreaks } from '../../../../src/domain/progress';
import { session } from './builders';

const day = (date: string) => session(date, 30);

describe('studyStreaks', () => {
  it.each([
    { name: 'no sessions', dates: [], today: '2026-03-02', expected: { current: 0, longest: 0, studiedToday: false, lastStudyDate: null } },
    {
      name: '4 days up to yesterday, nothing yet today -> current 4 (today is not over)',
      dates: ['2026-02-26', '2026-02-27', '2026-02-28', '2026-03-01'],
      today: '2026-03-02',
      expected: { current: 4, longest: 4, studiedToday: false, lastStudyDate: '2026-03-01' },
    },
    {
      name: 'the same plus today -> 5',
      dates: ['2026-02-26', '2026-02-27', '2026-02-28', '2026-03-01', '2026-03-02'],
      today: '2026-03-02',
      expected: { current: 5, longest: 5, studiedToday: true, lastStudyDate: '2026-03-02' },
    },
    {
      name: 'last study two days ago -> current 0; longest is an older 6-day run',
      dates: ['2026-01-10', '2026-01-11', '2026-01-12', '2026-01-13', '2026-01-14', '2026-01-15', '2026-02-27', '2026-02-28'],
      today: '2026-03-02',
      expected: { current: 0, longest: 6, studiedToday: false, lastStudyDate: '2026-02-28' },
    },
    {
      name: 'two sessions on one day count once; run across the year end 12-30..01-02 = 4',
      dates: ['2026-12-30', '2026-12-30', '2026-12-31', '2027-01-01', '2027-01-02'],
      today: '2027-01-02',
      expected: { current: 4, longest: 4, studiedToday: true, lastStudyDate: '2027-01-02' },
    },
    {
      name: 'a future session does not extend anything',
      dates: ['2026-03-01', '2026-03-03'],
      today: '2026-03-02',
      expected: { current: 1, longest: 1, studiedToday: false, lastStudyDate: '2026-03-01' },
    },
  ])('$name', ({ dates, today, expected }) => {
    expect(studyStreaks(dates.map(day), today)).toEqual(expected);
  });
});
