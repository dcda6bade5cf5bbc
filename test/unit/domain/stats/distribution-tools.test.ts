import { describe, it } from 'vitest';
import type { RefCase } from './reference';
import { caseName, checkCase } from './reference';

// Generated from R 4.2.2 / Python calls; each row carries the call that produced its value.
const normalQuantileCases: RefCase[] = [
  { id: 'normal-quantile', input: { p: 0.975 }, path: 'quantile', expected: 1.9599639845400536, tol: 'quantile', call: "qnorm(0.975)" },
  { id: 'normal-quantile', input: { p: 0.025 }, path: 'quantile', expected: -1.9599639845400538, tol: 'quantile', call: "qnorm(0.025)" },
  { id: 'normal-quantile', input: { p: 0.5 }, path: 'quantile', expected: 0, tol: 'quantile', call: "qnorm(0.5)" },
  { id: 'normal-quantile', input: { p: 1e-10 }, path: 'quantile', expected: -6.3613409024040557, tol: 'quantile', call: "qnorm(1e-10)" },
  { id: 'normal-quantile', input: { p: 1e-100 }, path: 'quantile', expected: -21.273453560965319, tol: 'quantile', call: "qnorm(1e-100)" },
  { id: 'normal-quantile', input: { p: 1e-300 }, path: 'quantile', expected: -37.047096299361201, tol: 'quantile', call: "qnorm(1e-300)" },
  { id: 'normal-quantile', input: { p: 0.9999999 }, path: 'quantile', expected: 5.1993375822906618, tol: 'quantile', call: "qnorm(0.9999999)" },
];

const tQuantileCases: RefCase[] = [
  { id: 't-quantile', input: { p: 0.975, df: 20 }, path: 'quantile', expected: 2.0859634472658648, tol: 'quantile', call: "qt(0.975, 20)" },
  { id: 't-quantile', input: { p: 0.975, df: 10.5 }, path: 'quantile', expected: 2.2138402929187873, tol: 'quantile', call: "qt(0.975, 10.5)" },
  { id: 't-quantile', input: { p: 0.025, df: 3.3 }, path: 'quantile', expected: -3.0248744618408074, tol: 'quantile', call: "qt(0.025, 3.3)" },
  { id: 't-quantile', input: { p: 1e-10, df: 3.3 }, path: 'quantile', expected: -1202.900023063014, tol: 'quantile', call: "qt(1e-10, 3.3)" },
  { id: 't-quantile', input: { p: 0.999, df: 1 }, path: 'quantile', expected: 318.30883898555015, tol: 'quantile', call: "qt(0.999, 1)" },
  { id: 't-quantile', input: { p: 0.9, df: 0.5 }, path: 'quantile', expected: 10.270324410234281, tol: 'quantile', call: "qt(0.9, 0.5)" },
  { id: 't-quantile', input: { p: 1e-100, df: 50 }, path: 'quantile', expected: -667.49217398295764, tol: 'quantile', call: "qt(1e-100, 50)" },
  { id: 't-quantile', input: { p: 0.75, df: 1e6 }, path: 'quantile', expected: 0.67448999553108735, tol: 'quantile', call: "qt(0.75, 1e6)" },
];

const normalCriticalValueCases: RefCase[] = [
  { id: 'normal-critical-value', input: { alpha: 0.05, alternative: 'two-sided' }, path: 'zCritical', expected: 1.9599639845400538, tol: 'quantile', call: "qnorm(0.05/2, lower.tail = FALSE)" },
  { id: 'normal-critical-value', input: { alpha: 0.05, alternative: 'greater' }, path: 'zCritical', expected: 1.6448536269514726, tol: 'quantile', call: "qnorm(0.05, lower.tail = FALSE)" },
  { id: 'normal-critical-value', input: { alpha: 0.05, alternative: 'one-sided' }, path: 'zCritical', expected: 1.6448536269514726, tol: 'quantile', call: "qnorm(0.05, lower.tail = FALSE)" },
  { id: 'normal-critical-value', input: { alpha: 0.05, alternative: 'less' }, path: 'zCritical', expected: -1.6448536269514726, tol: 'quantile', call: "qnorm(0.05)" },
  { id: 'normal-critical-value', input: { alpha: 1e-12, alternative: 'two-sided' }, path: 'zCritical', expected: 7.130506848171323, tol: 'quantile', call: "qnorm(1e-12/2, lower.tail = FALSE)" },
];

const tCriticalValueCases: RefCase[] = [
  { id: 't-critical-value', input: { alpha: 0.05, alternative: 'two-sided', df: 20 }, path: 'tCritical', expected: 2.0859634472658648, tol: 'quantile', call: "qt(0.05/2, 20, lower.tail = FALSE)" },
  { id: 't-critical-value', input: { alpha: 0.05, alternative: 'greater', df: 7.25 }, path: 'tCritical', expected: 1.8847957180841031, tol: 'quantile', call: "qt(0.05, 7.25, lower.tail = FALSE)" },
  { id: 't-critical-value', input: { alpha: 0.01, alternative: 'less', df: 3 }, path: 'tCritical', expected: -4.5407028585681335, tol: 'quantile', call: "qt(0.01, 3)" },
  { id: 't-critical-value', input: { alpha: 1e-8, alternative: 'two-sided', df: 2 }, path: 'tCritical', expected: 9999.9999249999983, tol: 'quantile', call: "qt(1e-8/2, 2, lower.tail = FALSE)" },
];

const normalTailProbabilityCases: RefCase[] = [
  { id: 'normal-tail-probability', input: { z: 1.96 }, path: 'cdf', expected: 0.97500210485177963, tol: 'rel', call: "pnorm(1.96)" },
  { id: 'normal-tail-probability', input: { z: 1.96 }, path: 'sf', expected: 0.024997895148220428, tol: 'rel', call: "pnorm(1.96, lower.tail = FALSE)" },
  { id: 'normal-tail-probability', input: { z: 1.96 }, path: 'twoSidedP', expected: 0.049995790296440856, tol: 'rel', call: "2*pnorm(-abs(1.96))" },
  { id: 'normal-tail-probability', input: { z: -1.96 }, path: 'cdf', expected: 0.024997895148220428, tol: 'rel', call: "pnorm(-1.96)" },
  { id: 'normal-tail-probability', input: { z: -1.96 }, path: 'sf', expected: 0.97500210485177963, tol: 'rel', call: "pnorm(-1.96, lower.tail = FALSE)" },
  { id: 'normal-tail-probability', input: { z: -1.96 }, path: 'twoSidedP', expected: 0.049995790296440856, tol: 'rel', call: "2*pnorm(-abs(-1.96))" },
  { id: 'normal-tail-probability', input: { z: 0 }, path: 'cdf', expected: 0.5, tol: 'rel', call: "pnorm(0)" },
  { id: 'normal-tail-probability', input: { z: 0 }, path: 'sf', expected: 0.5, tol: 'rel', call: "pnorm(0, lower.tail = FALSE)" },
  { id: 'normal-tail-probability', input: { z: 0 }, path: 'twoSidedP', expected: 1, tol: 'rel', call: "2*pnorm(-abs(0))" },
  { id: 'normal-tail-probability', input: { z: 8 }, path: 'cdf', expected: 0.99999999999999933, tol: 'rel', call: "pnorm(8)" },
  { id: 'normal-tail-probability', input: { z: 8 }, path: 'sf', expected: 6.2209605742717849e-16, tol: 'rel', call: "pnorm(8, lower.tail = FALSE)" },
  { id: 'normal-tail-probability', input: { z: 8 }, path: 'twoSidedP', expected: 1.244192114854357e-15, tol: 'rel', call: "2*pnorm(-abs(8))" },
  { id: 'normal-tail-probability', input: { z: -25 }, path: 'cdf', expected: 3.0566967063825616e-138, tol: 'rel', call: "pnorm(-25)" },
  { id: 'normal-tail-probability', input: { z: -25 }, path: 'sf', expected: 1, tol: 'rel', call: "pnorm(-25, lower.tail = FALSE)" },
  { id: 'normal-tail-probability', input: { z: -25 }, path: 'twoSidedP', expected: 6.1133934127651232e-138, tol: 'rel', call: "2*pnorm(-abs(-25))" },
  { id: 'normal-tail-probability', input: { z: 37.5 }, path: 'cdf', expected: 1, tol: 'rel', call: "pnorm(37.5)" },
  { id: 'normal-tail-probability', input: { z: 37.5 }, path: 'sf', expected: 4.6053530095819552e-308, tol: 'rel', call: "pnorm(37.5, lower.tail = FALSE)" },
  { id: 'normal-tail-probability', input: { z: 37.5 }, path: 'twoSidedP', expected: 9.2107060191639104e-308, tol: 'rel', call: "2*pnorm(-abs(37.5))" },
];

describe('quantiles, critical values and tail probabilities against R qnorm / qt / pnorm', () => {
  describe('normal-quantile', () => {
    it.each(normalQuantileCases.map((c) => [caseName(c), c] as const))('%s', (_name, c) => checkCase(c));
  });
  describe('t-quantile', () => {
    it.each(tQuantileCases.map((c) => [caseName(c), c] as const))('%s', (_name, c) => checkCase(c));
  });
  describe('normal-critical-value', () => {
    it.each(normalCriticalValueCases.map((c) => [caseName(c), c] as const))('%s', (_name, c) => checkCase(c));
  });
  describe('t-critical-value', () => {
    it.each(tCriticalValueCases.map((c) => [caseName(c), c] as const))('%s', (_name, c) => checkCase(c));
  });
  describe('normal-tail-probability', () => {
    it.each(normalTailProbabilityCases.map((c) => [caseName(c), c] as const))('%s', (_name, c) => checkCase(c));
  });
});
