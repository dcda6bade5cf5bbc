// Hommel's (1988) adjusted p-values as R's p.adjust computes them (Wright 1992), in O(m log m)
// instead of R's O(m^2) loop, so 10,000 p-values stay well under a keystroke.
//
// R, with p sorted ascending (1-based) and m >= 3:
//   q = pa = min_i m p_i / i
//   for j = m-1 down to 2: q1 = min_{k=2..j} j p_{m-j+k} / k
//                          q_i = min(j p_i, q1) for i <= m-j+1, q_i = q_{m-j+1} above; pa = max(pa, q)
//   result max(pa, p)
// Every q is overwritten in full at each j, so pa_i = max(start, p_i, A_i, B_i) with
//   A_i = max over j <= m-i+1 of min(j p_i, q1_j)   (j p_i while j p_i < q1_j, else q1_j)
//   B_i = max over j >= m-i+2 of c_j, c_j = min(j p_{m-j+1}, q1_j)
// q1_j is the smallest slope from (m-j, 0) to the points (idx, p_idx), idx > m-j+1: a tangent to
// their lower convex hull, which grows to the left as j grows. A is split at t_j = the first i with
// j p_i >= q1_j: the j p_i part is p_i times the largest such j (a suffix maximum), the q1_j part a
// range maximum over i in [t_j, m-j+1] (a segment tree).

/** Smallest index i in [0, m) with j * p[i] >= bound, or m. */
function firstAtLeast(p: Float64Array, j: number, bound: number): number {
  let lo = 0;
  let hi = p.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (j * p[mid]! >= bound) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** q1_j for j = 2..m-1 (indexed by j), from the lower hull of the points right of m-j+1. */
function windowMinima(p: Float64Array): Float64Array {
  const m = p.length;
  const q1 = new Float64Array(m);
  // Hull vertices as 1-based x positions; hull[0] is the rightmost, the last entry the leftmost.
  const hull = new Int32Array(m);
  let size = 0;
  const y = (x: number) => p[x - 1]!;
  for (let j = 2; j <= m - 1; j++) {
    const s = m - j;
    const x = s + 2;
    // Adding on the left: drop vertices that are no longer on the lower hull.
    while (size >= 2) {
      const a = hull[size - 2]!;
      const b = hull[size - 1]!;
      const cross = (b - a) * (y(x) - y(a)) - (y(b) - y(a)) * (x - a);
      if (cross >= 0) size--;
      else break;
    }
    hull[size++] = x;
    // The slope from (s, 0) is unimodal along the hull: search for its minimum.
    let lo = 0;
    let hi = size - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const a = hull[mid]!;
      const b = hull[mid + 1]!;
      // slope(b) <= slope(a)  <=>  y(b) (a - s) <= y(a) (b - s); b lies left of a
      if (y(b) * (a - s) <= y(a) * (b - s)) lo = mid + 1;
      else hi = mid;
    }
    const best = hull[lo]!;
    q1[j] = (j * y(best)) / (best - s);
  }
  return q1;
}

/** `p` sorted ascending, m >= 3 (R treats m = 2 as Hochberg and m = 1 as the p-value itself). */
export function hommel(p: Float64Array): Float64Array {
  const m = p.length;
  let start = Infinity;
  for (let i = 1; i <= m; i++) start = Math.min(start, (m * p[i - 1]!) / i);
  const q1 = windowMinima(p);

  // B: suffix maxima of c_j over j.
  const suffixC = new Float64Array(m + 1).fill(-Infinity);
  for (let j = m - 1; j >= 2; j--) suffixC[j] = Math.max(suffixC[j + 1]!, Math.min(j * p[m - j]!, q1[j]!));

  // A, part one: for each i (0-based), the largest j whose "j p_i" stretch reaches i.
  const largestJ = new Int32Array(m + 1);
  // A, part two: max of q1_j over i in [t_j, m-j] (0-based), in a segment tree of range maxima.
  let width = 1;
  while (width < m) width <<= 1;
  const tree = new Float64Array(2 * width).fill(-Infinity);
  for (let j = 2; j <= m - 1; j++) {
    const last = m - j; // 0-based i = m-j+1 in R's numbering
    const t = firstAtLeast(p, j, q1[j]!);
    const reach = Math.min(t - 1, last);
    if (reach >= 0) largestJ[reach] = Math.max(largestJ[reach]!, j);
    if (t <= last) {
      for (let lo = t + width, hi = last + width + 1; lo < hi; lo >>= 1, hi >>= 1) {
        if (lo & 1) {
          tree[lo] = Math.max(tree[lo]!, q1[j]!);
          lo++;
        }
        if (hi & 1) {
          hi--;
          tree[hi] = Math.max(tree[hi]!, q1[j]!);
        }
      }
    }
  }

  // Push each range's maximum down to the leaves once, instead of walking up from every leaf.
  for (let node = 1; node < width; node++) {
    tree[2 * node] = Math.max(tree[2 * node]!, tree[node]!);
    tree[2 * node + 1] = Math.max(tree[2 * node + 1]!, tree[node]!);
  }

  const out = new Float64Array(m);
  let reachJ = 0;
  for (let i = m - 1; i >= 0; i--) {
    reachJ = Math.max(reachJ, largestJ[i]!);
    let best = Math.max(start, p[i]!);
    if (reachJ >= 2) best = Math.max(best, reachJ * p[i]!);
    best = Math.max(best, tree[i + width]!);
    // i is 0-based: R's i+1 > m-j+1 for j >= m-i+1.
    const firstJ = Math.max(2, m - i + 1);
    if (firstJ <= m - 1) best = Math.max(best, suffixC[firstJ]!);
    out[i] = best;
  }
  return out;
}
