import { describe, it } from 'vitest';
import type { RefCase } from './reference';
import { caseName, checkCase } from './reference';

// Generated from R 4.2.2 / Python calls; each row carries the call that produced its value.
const chiSquareIndependenceCases: RefCase[] = [
  { id: 'chi-square-independence', input: { table: [[120, 880], [150, 850]], yatesCorrection: false }, path: 'statistic', expected: 3.8535645472061657, tol: 'rel', call: "chisq.test(matrix(c(120, 880, 150, 850), nrow = 2, byrow = TRUE), correct = FALSE)$statistic" },
  { id: 'chi-square-independence', input: { table: [[120, 880], [150, 850]], yatesCorrection: false }, path: 'df', expected: 1, tol: 'rel', call: "chisq.test(matrix(c(120, 880, 150, 850), nrow = 2, byrow = TRUE), correct = FALSE)$parameter" },
  { id: 'chi-square-independence', input: { table: [[120, 880], [150, 850]], yatesCorrection: false }, path: 'pValue', expected: 0.04964038686536882, tol: 'rel', call: "chisq.test(matrix(c(120, 880, 150, 850), nrow = 2, byrow = TRUE), correct = FALSE)$p.value" },
  { id: 'chi-square-independence', input: { table: [[120, 880], [150, 850]], yatesCorrection: false }, path: 'expected.0.0', expected: 135, tol: 'rel', call: "chisq.test(matrix(c(120, 880, 150, 850), nrow = 2, byrow = TRUE), correct = FALSE)$expected[1, 1]" },
  { id: 'chi-square-independence', input: { table: [[120, 880], [150, 850]], yatesCorrection: true }, path: 'statistic', expected: 3.6009419824448727, tol: 'rel', call: "chisq.test(matrix(c(120, 880, 150, 850), nrow = 2, byrow = TRUE), correct = TRUE)$statistic" },
  { id: 'chi-square-independence', input: { table: [[120, 880], [150, 850]], yatesCorrection: true }, path: 'df', expected: 1, tol: 'rel', call: "chisq.test(matrix(c(120, 880, 150, 850), nrow = 2, byrow = TRUE), correct = TRUE)$parameter" },
  { id: 'chi-square-independence', input: { table: [[120, 880], [150, 850]], yatesCorrection: true }, path: 'pValue', expected: 0.057746841509688791, tol: 'rel', call: "chisq.test(matrix(c(120, 880, 150, 850), nrow = 2, byrow = TRUE), correct = TRUE)$p.value" },
  { id: 'chi-square-independence', input: { table: [[3, 1], [1, 3]], yatesCorrection: true }, path: 'statistic', expected: 0.5, tol: 'rel', call: "chisq.test(matrix(c(3, 1, 1, 3), nrow = 2, byrow = TRUE), correct = TRUE)$statistic" },
  { id: 'chi-square-independence', input: { table: [[3, 1], [1, 3]], yatesCorrection: true }, path: 'df', expected: 1, tol: 'rel', call: "chisq.test(matrix(c(3, 1, 1, 3), nrow = 2, byrow = TRUE), correct = TRUE)$parameter" },
  { id: 'chi-square-independence', input: { table: [[3, 1], [1, 3]], yatesCorrection: true }, path: 'pValue', expected: 0.47950012218695348, tol: 'rel', call: "chisq.test(matrix(c(3, 1, 1, 3), nrow = 2, byrow = TRUE), correct = TRUE)$p.value" },
  { id: 'chi-square-independence', input: { table: [[10, 10], [10, 11]], yatesCorrection: true }, path: 'statistic', expected: 0, tol: 'rel', call: "chisq.test(matrix(c(10, 10, 10, 11), nrow = 2, byrow = TRUE), correct = TRUE)$statistic" },
  { id: 'chi-square-independence', input: { table: [[10, 10], [10, 11]], yatesCorrection: true }, path: 'df', expected: 1, tol: 'rel', call: "chisq.test(matrix(c(10, 10, 10, 11), nrow = 2, byrow = TRUE), correct = TRUE)$parameter" },
  { id: 'chi-square-independence', input: { table: [[10, 10], [10, 11]], yatesCorrection: true }, path: 'pValue', expected: 1, tol: 'rel', call: "chisq.test(matrix(c(10, 10, 10, 11), nrow = 2, byrow = TRUE), correct = TRUE)$p.value" },
  { id: 'chi-square-independence', input: { table: [[20, 30, 50], [35, 25, 40], [10, 40, 60]], yatesCorrection: false }, path: 'statistic', expected: 21.432634032634031, tol: 'rel', call: "chisq.test(matrix(c(20, 30, 50, 35, 25, 40, 10, 40, 60), nrow = 3, byrow = TRUE), correct = FALSE)$statistic" },
  { id: 'chi-square-independence', input: { table: [[20, 30, 50], [35, 25, 40], [10, 40, 60]], yatesCorrection: false }, path: 'df', expected: 4, tol: 'rel', call: "chisq.test(matrix(c(20, 30, 50, 35, 25, 40, 10, 40, 60), nrow = 3, byrow = TRUE), correct = FALSE)$parameter" },
  { id: 'chi-square-independence', input: { table: [[20, 30, 50], [35, 25, 40], [10, 40, 60]], yatesCorrection: false }, path: 'pValue', expected: 0.00025986857661316218, tol: 'rel', call: "chisq.test(matrix(c(20, 30, 50, 35, 25, 40, 10, 40, 60), nrow = 3, byrow = TRUE), correct = FALSE)$p.value" },
  { id: 'chi-square-independence', input: { table: [[20, 30, 50], [35, 25, 40], [10, 40, 60]], yatesCorrection: false }, path: 'expected.2.1', expected: 33.70967741935484, tol: 'rel', call: "chisq.test(matrix(c(20, 30, 50, 35, 25, 40, 10, 40, 60), nrow = 3, byrow = TRUE), correct = FALSE)$expected[3, 2]" },
  { id: 'chi-square-independence', input: { table: [[20, 30, 50], [35, 25, 40], [10, 40, 60]], yatesCorrection: true }, path: 'statistic', expected: 21.432634032634031, tol: 'rel', call: "chisq.test(matrix(c(20, 30, 50, 35, 25, 40, 10, 40, 60), nrow = 3, byrow = TRUE), correct = TRUE)$statistic" },
  { id: 'chi-square-independence', input: { table: [[20, 30, 50], [35, 25, 40], [10, 40, 60]], yatesCorrection: true }, path: 'df', expected: 4, tol: 'rel', call: "chisq.test(matrix(c(20, 30, 50, 35, 25, 40, 10, 40, 60), nrow = 3, byrow = TRUE), correct = TRUE)$parameter" },
  { id: 'chi-square-independence', input: { table: [[20, 30, 50], [35, 25, 40], [10, 40, 60]], yatesCorrection: true }, path: 'pValue', expected: 0.00025986857661316218, tol: 'rel', call: "chisq.test(matrix(c(20, 30, 50, 35, 25, 40, 10, 40, 60), nrow = 3, byrow = TRUE), correct = TRUE)$p.value" },
  { id: 'chi-square-independence', input: { table: [[1400, 600], [600, 1400]], yatesCorrection: false }, path: 'statistic', expected: 640, tol: 'rel', call: "chisq.test(matrix(c(1400, 600, 600, 1400), nrow = 2, byrow = TRUE), correct = FALSE)$statistic" },
  { id: 'chi-square-independence', input: { table: [[1400, 600], [600, 1400]], yatesCorrection: false }, path: 'df', expected: 1, tol: 'rel', call: "chisq.test(matrix(c(1400, 600, 600, 1400), nrow = 2, byrow = TRUE), correct = FALSE)$parameter" },
  { id: 'chi-square-independence', input: { table: [[1400, 600], [600, 1400]], yatesCorrection: false }, path: 'pValue', expected: 3.3414880386413191e-141, tol: 'rel', call: "chisq.test(matrix(c(1400, 600, 600, 1400), nrow = 2, byrow = TRUE), correct = FALSE)$p.value" },
];

const srmCheckCases: RefCase[] = [
  { id: 'srm-check', input: { observed: [50120, 49480], expectedRatios: [0.5, 0.5] }, path: 'statistic', expected: 4.1124497991967868, tol: 'rel', call: "chisq.test(c(50120, 49480), p = c(0.5, 0.5))$statistic" },
  { id: 'srm-check', input: { observed: [50120, 49480], expectedRatios: [0.5, 0.5] }, path: 'df', expected: 1, tol: 'rel', call: "chisq.test(c(50120, 49480), p = c(0.5, 0.5))$parameter" },
  { id: 'srm-check', input: { observed: [50120, 49480], expectedRatios: [0.5, 0.5] }, path: 'pValue', expected: 0.042568658372845451, tol: 'rel', call: "chisq.test(c(50120, 49480), p = c(0.5, 0.5))$p.value" },
  { id: 'srm-check', input: { observed: [50120, 49480], expectedRatios: [0.5, 0.5] }, path: 'expectedCounts.0', expected: 49800, tol: 'rel', call: "chisq.test(c(50120, 49480), p = c(0.5, 0.5))$expected[1]" },
  { id: 'srm-check', input: { observed: [10000, 10000, 9500], expectedRatios: [0.34, 0.33, 0.33] }, path: 'statistic', expected: 12.97622284661168, tol: 'rel', call: "chisq.test(c(10000, 10000, 9500), p = c(0.34, 0.33, 0.33))$statistic" },
  { id: 'srm-check', input: { observed: [10000, 10000, 9500], expectedRatios: [0.34, 0.33, 0.33] }, path: 'df', expected: 2, tol: 'rel', call: "chisq.test(c(10000, 10000, 9500), p = c(0.34, 0.33, 0.33))$parameter" },
  { id: 'srm-check', input: { observed: [10000, 10000, 9500], expectedRatios: [0.34, 0.33, 0.33] }, path: 'pValue', expected: 0.0015214196141601214, tol: 'rel', call: "chisq.test(c(10000, 10000, 9500), p = c(0.34, 0.33, 0.33))$p.value" },
  { id: 'srm-check', input: { observed: [10000, 10000, 9500], expectedRatios: [0.34, 0.33, 0.33] }, path: 'expectedCounts.0', expected: 10030, tol: 'rel', call: "chisq.test(c(10000, 10000, 9500), p = c(0.34, 0.33, 0.33))$expected[1]" },
  { id: 'srm-check', input: { observed: [5010000, 4990000], expectedRatios: [0.5, 0.5] }, path: 'statistic', expected: 40, tol: 'rel', call: "chisq.test(c(5010000, 4990000), p = c(0.5, 0.5))$statistic" },
  { id: 'srm-check', input: { observed: [5010000, 4990000], expectedRatios: [0.5, 0.5] }, path: 'df', expected: 1, tol: 'rel', call: "chisq.test(c(5010000, 4990000), p = c(0.5, 0.5))$parameter" },
  { id: 'srm-check', input: { observed: [5010000, 4990000], expectedRatios: [0.5, 0.5] }, path: 'pValue', expected: 2.5396285894708649e-10, tol: 'rel', call: "chisq.test(c(5010000, 4990000), p = c(0.5, 0.5))$p.value" },
  { id: 'srm-check', input: { observed: [5010000, 4990000], expectedRatios: [0.5, 0.5] }, path: 'expectedCounts.0', expected: 5000000, tol: 'rel', call: "chisq.test(c(5010000, 4990000), p = c(0.5, 0.5))$expected[1]" },
  { id: 'srm-check', input: { observed: [9000, 1100], expectedRatios: [0.9, 0.1] }, path: 'statistic', expected: 8.9108910891089117, tol: 'rel', call: "chisq.test(c(9000, 1100), p = c(0.9, 0.1))$statistic" },
  { id: 'srm-check', input: { observed: [9000, 1100], expectedRatios: [0.9, 0.1] }, path: 'df', expected: 1, tol: 'rel', call: "chisq.test(c(9000, 1100), p = c(0.9, 0.1))$parameter" },
  { id: 'srm-check', input: { observed: [9000, 1100], expectedRatios: [0.9, 0.1] }, path: 'pValue', expected: 0.002834749080259393, tol: 'rel', call: "chisq.test(c(9000, 1100), p = c(0.9, 0.1))$p.value" },
  { id: 'srm-check', input: { observed: [9000, 1100], expectedRatios: [0.9, 0.1] }, path: 'expectedCounts.0', expected: 9090, tol: 'rel', call: "chisq.test(c(9000, 1100), p = c(0.9, 0.1))$expected[1]" },
  { id: 'srm-check', input: { observed: [5050000, 4950000], expectedRatios: [0.5, 0.5] }, path: 'statistic', expected: 1000, tol: 'rel', call: "chisq.test(c(5050000, 4950000), p = c(0.5, 0.5))$statistic" },
  { id: 'srm-check', input: { observed: [5050000, 4950000], expectedRatios: [0.5, 0.5] }, path: 'df', expected: 1, tol: 'rel', call: "chisq.test(c(5050000, 4950000), p = c(0.5, 0.5))$parameter" },
  { id: 'srm-check', input: { observed: [5050000, 4950000], expectedRatios: [0.5, 0.5] }, path: 'pValue', expected: 1.7958327848007259e-219, tol: 'rel', call: "chisq.test(c(5050000, 4950000), p = c(0.5, 0.5))$p.value" },
  { id: 'srm-check', input: { observed: [5050000, 4950000], expectedRatios: [0.5, 0.5] }, path: 'expectedCounts.0', expected: 5000000, tol: 'rel', call: "chisq.test(c(5050000, 4950000), p = c(0.5, 0.5))$expected[1]" },
];

describe('chi-square tests against R chisq.test', () => {
  describe('chi-square-independence', () => {
    it.each(chiSquareIndependenceCases.map((c) => [caseName(c), c] as const))('%s', (_name, c) => checkCase(c));
  });
  describe('srm-check', () => {
    it.each(srmCheckCases.map((c) => [caseName(c), c] as const))('%s', (_name, c) => checkCase(c));
  });
});
