// Modules and plan settings the exam-plan tests share.
import type { Module } from '../../../../src/domain/progress';

export const mod = (id: string, estimatedHours: number, percent = 0, course?: string): Module => ({
  id,
  title: `Module ${id}`,
  estimatedHours,
  status: percent === 100 ? 'done' : percent > 0 ? 'in-progress' : 'not-started',
  percent,
  notes: '',
  ...(course ? { course } : {}),
});

/** 40 h left: four modules of 10 h. */
export const forty = [mod('a', 10), mod('b', 10), mod('c', 10), mod('d', 10)];
export const settings = { hoursPerWeek: 5, skippedWeeks: [] as string[], preferDomains: false };
