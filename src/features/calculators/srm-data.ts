// Observed against planned visitors per arm, for the SRM chart.
export interface SrmBar {
  arm: string;
  observed: number;
  expected: number;
  /** (observed - expected) / expected. */
  deviation: number;
}

export const armName = (i: number): string => (i < 26 ? String.fromCharCode(65 + i) : `Arm ${i + 1}`);

export function srmBars(observed: number[], expected: number[]): SrmBar[] {
  return observed.map((o, i) => {
    const e = expected[i] ?? 0;
    return { arm: armName(i), observed: o, expected: e, deviation: e > 0 ? (o - e) / e : 0 };
  });
}
