// Example experiments for the sequential screens, written as daily counts (visitors A, conversions A,
// visitors B, conversions B), drawn from seeded binomial simulations.
import type { Preset } from '../descriptor';

type Day = [number, number, number, number];

/** The engine input (running totals) of a run of days. */
function looksFromDays(days: Day[], rest: Record<string, unknown>): unknown {
  const totals: Day[] = [];
  for (const d of days) {
    const prev = totals[totals.length - 1] ?? [0, 0, 0, 0];
    totals.push([prev[0] + d[0], prev[1] + d[1], prev[2] + d[2], prev[3] + d[3]]);
  }
  const looks = totals.map(([cv, cc, tv, tc]) => ({ control: { visitors: cv, conversions: cc }, treatment: { visitors: tv, conversions: tc } }));
  const last = looks.pop()!;
  return { earlierLooks: looks, ...last, ...rest };
}

/** An A/A test (10% in both arms) whose fixed-horizon p dips to 0.014 on day 3 (numpy seed 186). */
const aaDays: Day[] = [
  [941, 118, 943, 102], [1023, 102, 1045, 91], [1014, 111, 994, 81], [942, 91, 959, 96], [953, 89, 976, 89], [984, 97, 961, 105], [988, 85, 1016, 106],
  [1052, 112, 1025, 109], [943, 83, 927, 88], [978, 95, 968, 111], [1021, 84, 1023, 108], [997, 99, 1018, 98], [991, 102, 998, 94], [1007, 97, 1035, 112],
  [1026, 103, 1022, 77], [1046, 88, 1024, 98], [989, 90, 982, 89], [969, 92, 969, 92], [948, 93, 919, 83], [1049, 123, 1046, 118], [1022, 108, 1028, 112],
];

/** A real lift (10% to 11.2%) that the sequential tests confirm in the third week (numpy seed 2). */
const liftDays: Day[] = [
  [1040, 99, 1025, 106], [1037, 108, 1050, 114], [976, 94, 979, 103], [966, 115, 973, 118], [979, 99, 969, 113], [1048, 107, 1073, 122], [1054, 121, 1036, 120],
  [1034, 117, 1039, 134], [949, 99, 968, 109], [946, 96, 928, 86], [993, 119, 986, 114], [983, 100, 964, 95], [951, 106, 922, 108], [1014, 101, 1021, 141],
  [953, 80, 964, 101], [970, 92, 987, 96], [1000, 86, 976, 117], [968, 102, 940, 121], [1044, 103, 1022, 112], [940, 77, 927, 101], [1056, 110, 1059, 116],
];

/** The A/A days with a broken redirect on day 12 that drops a fifth of B's users. */
const srmDays: Day[] = aaDays.map((d, i): Day => (i === 11 ? [997, 99, 810, 79] : d));

const settings = { alpha: 0.05, tuningN: 5000, tau: 0.01 };

export const sequentialProportionPresets: Preset[] = [
  { label: 'A/A test: peeking finds a “winner”', input: looksFromDays(aaDays, settings) },
  { label: 'Real lift, 3 weeks', input: looksFromDays(liftDays, settings) },
  { label: 'A broken day (SRM)', input: looksFromDays(srmDays, settings) },
];
