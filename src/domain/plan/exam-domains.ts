// Exam-guide domains (issue 23, point 2): a learning path may group its courses under the exam's
// domains with their weights. Coverage says, per domain, how much of its weight the person has
// covered: the weight times the share of the domain's estimated hours done. The plan's "heaviest,
// least-covered domains first" option orders the remaining modules by weight − coverage (the exam
// points still uncovered), keeping path order inside a domain; modules of no domain come last.
//
// The shipped weights (content/certifications/*.json): AWS MLA-C01 uses the exam guide's domain
// percentages (28/26/22/24), the ones the path's description already quoted. Google's Professional
// ML Engineer guide (the version live from October 2024) gives its six sections as 13/14/18/20/22/13%
// ("Section 1: Architecting low-code AI solutions (13% of the exam)" … "Section 6: Monitoring AI
// solutions (13%)"), checked on 2026-12-02 against a copy of the guide's PDF. The course-to-section
// placement is a judgement.
import type { Module } from '../progress/types';
import type { ExamDomain } from './exam-plan-schema';

export interface DomainCoverage {
  name: string;
  /** The domain's weight on the exam, percent. */
  weight: number;
  modules: number;
  modulesDone: number;
  estimatedHours: number;
  /** Estimated hours done (estimate × percent), the earned hours. */
  doneHours: number;
  /** Hours logged in study sessions on the domain's modules. */
  studiedHours: number;
  /** weight × doneHours / estimatedHours: the part of the weight covered. */
  coveredWeight: number;
}

const inDomain = (module: Pick<Module, 'course'>, domain: ExamDomain) => module.course !== undefined && domain.courses.includes(module.course);

function coverageOf(domain: ExamDomain, modules: readonly Module[], minutesByModule?: ReadonlyMap<string, number>): DomainCoverage {
  const own = modules.filter((m) => inDomain(m, domain));
  const estimatedHours = own.reduce((sum, m) => sum + m.estimatedHours, 0);
  const doneHours = own.reduce((sum, m) => sum + (m.estimatedHours * m.percent) / 100, 0);
  const studiedMinutes = own.reduce((sum, m) => sum + (minutesByModule?.get(m.id) ?? 0), 0);
  return {
    name: domain.name,
    weight: domain.weight,
    modules: own.length,
    modulesDone: own.filter((m) => m.status === 'done').length,
    estimatedHours,
    doneHours,
    studiedHours: studiedMinutes / 60,
    coveredWeight: estimatedHours > 0 ? (domain.weight * doneHours) / estimatedHours : 0,
  };
}

/** Coverage of each domain, in the exam guide's order. */
export function domainCoverage(modules: readonly Module[], domains: readonly ExamDomain[], minutesByModule?: ReadonlyMap<string, number>): DomainCoverage[] {
  return domains.map((d) => coverageOf(d, modules, minutesByModule));
}

/**
 * The modules reordered: domains by uncovered weight (weight − coverage), largest first, ties in
 * the guide's order; path order inside each domain; modules in no domain after, in path order.
 */
export function orderByUncoveredWeight(modules: readonly Module[], domains: readonly ExamDomain[]): Module[] {
  const ranked = domains
    .map((domain, index) => {
      const c = coverageOf(domain, modules);
      return { domain, index, uncovered: c.weight - c.coveredWeight };
    })
    .sort((a, b) => b.uncovered - a.uncovered || a.index - b.index);
  const out: Module[] = [];
  const placed = new Set<string>();
  for (const { domain } of ranked) {
    for (const m of modules) {
      if (!placed.has(m.id) && inDomain(m, domain)) {
        out.push(m);
        placed.add(m.id);
      }
    }
  }
  for (const m of modules) if (!placed.has(m.id)) out.push(m);
  return out;
}
