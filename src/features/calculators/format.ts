// Number formatting for calculator results: never NaN, Infinity or undefined on screen; tiny
// p-values in scientific notation with superscript exponents; the exact value for a tooltip.

export const MISSING = '—';
const MINUS = '\u2212';
const SUPERSCRIPT: Record<string, string> = {
  '-': '⁻', '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹',
};

const isNum = (x: number | null | undefined): x is number => typeof x === 'number' && Number.isFinite(x);
const sign = (text: string) => text.replace(/^-/, MINUS);

/** Removes trailing zeros after a decimal point ("1.500" -> "1.5", "2.000" -> "2"). */
function trimZeros(text: string): string {
  return text.includes('.') && !text.includes('e') ? text.replace(/\.?0+$/, '') : text;
}

function group(text: string): string {
  const [int, frac] = text.split('.');
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac === undefined ? grouped : `${grouped}.${frac}`;
}

/** "3.2 × 10⁻⁸" with `sig` significant digits. */
export function scientific(x: number, sig = 2): string {
  const [mantissa, exponent] = x.toExponential(sig - 1).split('e');
  const exp = String(Number(exponent)).split('').map((c) => SUPERSCRIPT[c] ?? c).join('');
  return sign(`${trimZeros(mantissa!)} × 10${exp}`);
}

/** A general number with `sig` significant digits, grouped thousands, scientific when very large or small. */
export function formatNumber(x: number | null | undefined, sig = 4): string {
  if (!isNum(x)) return MISSING;
  if (x === 0) return '0';
  const abs = Math.abs(x);
  if (abs >= 1e9 || abs < 1e-4) return scientific(x, Math.min(sig, 3));
  const digits = Math.max(0, sig - 1 - Math.floor(Math.log10(abs)));
  return sign(group(trimZeros(x.toFixed(Math.min(digits, 12)))));
}

/** Whole numbers with thousands separators ("14,752"). */
export function formatCount(x: number | null | undefined): string {
  if (!isNum(x)) return MISSING;
  return sign(group(String(Math.round(x))));
}

/** A fixed number of decimals ("1.853"). */
export function formatFixed(x: number | null | undefined, decimals = 3): string {
  if (!isNum(x)) return MISSING;
  return sign(group(x.toFixed(decimals)));
}

/** A proportion as a percentage with `decimals` decimals ("10.80%"). */
export function formatPercent(x: number | null | undefined, decimals = 2, signed = false): string {
  if (!isNum(x)) return MISSING;
  const text = (x * 100).toFixed(decimals);
  const plus = signed && x > 0 ? '+' : '';
  return `${plus}${sign(text)}%`;
}

/** A difference of proportions in percentage points ("+0.80 pp"). */
export function formatPoints(x: number | null | undefined, decimals = 2, signed = true): string {
  if (!isNum(x)) return MISSING;
  const plus = signed && x > 0 ? '+' : '';
  return `${plus}${sign((x * 100).toFixed(decimals))} pp`;
}

/** A signed number ("+2.5", "−0.31"). */
export function formatSigned(x: number | null | undefined, sig = 4): string {
  if (!isNum(x)) return MISSING;
  return `${x > 0 ? '+' : ''}${formatNumber(x, sig)}`;
}

/** p-values: "0.0639", "0.00152", "3.2 × 10⁻⁸"; below the smallest double, "< 10⁻³⁰⁰". */
export function formatP(p: number | null | undefined): string {
  if (!isNum(p)) return MISSING;
  if (p === 0) return '< 10⁻³⁰⁰';
  if (p >= 0.9999) return '1.000';
  if (p >= 0.001) return p.toFixed(4);
  if (p >= 0.0001) return p.toFixed(5);
  return scientific(p, 2);
}

/** The exact value for a tooltip (title attribute). */
export function exact(x: number | null | undefined): string {
  if (!isNum(x)) return 'not defined for this input';
  return String(x);
}

/** "95%" from alpha = 0.05. */
export function confidenceLabel(alpha: number): string {
  return `${trimZeros(((1 - alpha) * 100).toFixed(2))}%`;
}
