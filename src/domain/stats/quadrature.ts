// Adaptive Gauss-Kronrod (7/15 points, QUADPACK's nodes) for vector-valued integrands that
// share their expensive parts across components.

const XGK = [
  0.9914553711208126, 0.9491079123427585, 0.8648644233597691,
  0.7415311855993945, 0.5860872354676911, 0.4058451513773972,
  0.20778495500789848, 0,
];
const WGK = [
  0.022935322010529224, 0.06309209262997856, 0.10479001032225019,
  0.14065325971552592, 0.1690047266392679, 0.19035057806478542,
  0.20443294007529889, 0.20948214108472782,
];
// Gauss weights for the odd-indexed Kronrod nodes (1, 3, 5, 7).
const WG = [0.1294849661688697, 0.27970539148927664, 0.3818300505051189, 0.4179591836734694];

/** Fills `out` with the integrand components at x. */
export type VectorIntegrand = (x: number, out: Float64Array) => void;

function kronrod(f: VectorIntegrand, a: number, b: number, dim: number, buf: Float64Array): { value: Float64Array; error: number } {
  const centre = 0.5 * (a + b);
  const half = 0.5 * (b - a);
  const k = new Float64Array(dim);
  const g = new Float64Array(dim);
  for (let i = 0; i < 8; i++) {
    const points = i === 7 ? [centre] : [centre - half * XGK[i], centre + half * XGK[i]];
    for (const x of points) {
      f(x, buf);
      for (let c = 0; c < dim; c++) {
        k[c] += WGK[i] * buf[c];
        if (i % 2 === 1) g[c] += WG[(i - 1) / 2] * buf[c];
      }
    }
  }
  let error = 0;
  for (let c = 0; c < dim; c++) {
    k[c] *= half;
    error = Math.max(error, Math.abs(k[c] - g[c] * half));
  }
  return { value: k, error };
}

/** Integral of each component over [a, b], bisecting until every piece is within its share of absTol. */
export function integrate(f: VectorIntegrand, a: number, b: number, dim: number, absTol: number, maxDepth = 40): Float64Array {
  const buf = new Float64Array(dim);
  const total = new Float64Array(dim);
  const stack: { a: number; b: number; depth: number }[] = [{ a, b, depth: 0 }];
  while (stack.length > 0) {
    const piece = stack.pop() as { a: number; b: number; depth: number };
    const r = kronrod(f, piece.a, piece.b, dim, buf);
    const share = (absTol * (piece.b - piece.a)) / (b - a);
    if (r.error <= share || piece.depth >= maxDepth) {
      for (let c = 0; c < dim; c++) total[c] += r.value[c];
    } else {
      const mid = 0.5 * (piece.a + piece.b);
      stack.push({ a: piece.a, b: mid, depth: piece.depth + 1 }, { a: mid, b: piece.b, depth: piece.depth + 1 });
    }
  }
  return total;
}
