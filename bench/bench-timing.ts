// Timing for the per-module benches: the median of many warm runs, and the first (cold) call.
export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** `runs` timed calls after `warm` untimed ones; the first call is reported for information. */
export function timeCalls(call: () => void, runs: number, warm = 5): { median: number; first: number } {
  const t0 = performance.now();
  call();
  const first = performance.now() - t0;
  for (let i = 0; i < warm; i++) call();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const s0 = performance.now();
    call();
    samples.push(performance.now() - s0);
  }
  return { median: median(samples), first };
}
