// Number formatting shared by prompts, TeX steps and answers.

/** Significant-figure formatting without exponent noise for everyday magnitudes. */
export function fmt(x: number, digits = 4): string {
  if (!Number.isFinite(x)) return String(x);
  if (x === 0) return '0';
  const abs = Math.abs(x);
  if (abs < 1e-4) return x.toExponential(Math.max(0, digits - 1));
  if (abs >= 1e6) return Math.round(x).toString();
  const decimals = Math.max(0, digits - 1 - Math.floor(Math.log10(abs)));
  return Number(x.toFixed(Math.min(decimals, 12))).toString();
}

/** TeX for a number: scientific notation as a \times 10^{b}. */
export function tex(x: number, digits = 4): string {
  const s = fmt(x, digits);
  const m = /^(-?[\d.]+)e([+-]\d+)$/.exec(s);
  return m ? `${m[1]} \\times 10^{${Number(m[2])}}` : withThinSpaces(s);
}

function withThinSpaces(s: string): string {
  const [int, dec] = s.split('.');
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, '{,}');
  return dec === undefined ? grouped : `${grouped}.${dec}`;
}

/** Visitor counts for prose: 12,400. */
export function count(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

/** 0.0342 -> "3.42%". */
export function pct(p: number, digits = 3): string {
  return `${fmt(p * 100, digits)}%`;
}

/** TeX percent: 3.42\%. */
export function texPct(p: number, digits = 3): string {
  return `${tex(p * 100, digits)}\\%`;
}

/** A p-value as a person would write it: "0.0342", or "< 0.0001". */
export function pText(p: number): string {
  return p < 1e-4 ? '< 0.0001' : fmt(p, 3);
}

/** "p = 0.0342" or "p < 0.0001" (never "p = < 0.0001"). */
export function pIs(p: number, name = 'p'): string {
  const text = pText(p);
  return text.startsWith('<') ? `${name} ${text}` : `${name} = ${text}`;
}

/**
 * The article a number takes when read aloud: "an 80.9%", "an 11-point", "an 18,000", but "a 12%",
 * "a 110", "a −8%" (read "minus eight").
 */
export function article(numberText: string): 'a' | 'an' {
  const text = numberText.trim();
  if (text.startsWith('8')) return 'an';
  const digits = (/^[\d,]+/.exec(text)?.[0] ?? '').replace(/,/g, '');
  return digits.length % 3 === 2 && /^1[18]/.test(digits) ? 'an' : 'a';
}

/** The number with its article: "an 80.9%", "a 12.5%". */
export const withArticle = (numberText: string): string => `${article(numberText)} ${numberText}`;

/** A rate as the exact percent it is (0.1255 -> "12.55%"), without float noise: for prompts. */
export function exactPct(p: number): string {
  return `${Number((p * 100).toPrecision(12))}%`;
}

/** Significant digits for values inside a worked solution's steps, so that the steps add up. */
export const STEP_DIGITS = 7;

/** Significant digits (4 or more) at which p, printed, compares with alpha the way p does. */
export function digitsAgainst(p: number, alpha: number): number {
  for (let digits = 4; digits < 15; digits += 1) {
    const shown = Number(fmt(p, digits));
    if (shown < alpha === p < alpha && (shown === alpha) === (p === alpha)) return digits;
  }
  return 15;
}
