// Coverage per exam-guide domain (issue 23, point 2): for each domain, its weight on the exam, the
// modules done, the hours studied and the part of its weight covered (weight × share done).
import { useMemo } from 'react';
import { domainCoverage } from '../../domain/plan';
import { formatHours, type Certification, type StudyMinutes } from '../../domain/progress';

export function DomainCoverageCard({ cert, cells }: { cert: Certification; cells: readonly StudyMinutes[] }) {
  const rows = useMemo(() => {
    if (!cert.domains?.length) return [];
    const minutes = new Map<string, number>();
    for (const cell of cells) minutes.set(cell.moduleId, (minutes.get(cell.moduleId) ?? 0) + cell.minutes);
    return domainCoverage(cert.modules, cert.domains, minutes);
  }, [cert, cells]);
  if (rows.length === 0) return null;
  return (
    <section className="card cert-domains" aria-labelledby="cert-domains-title">
      <div className="cert-section-head">
        <h2 id="cert-domains-title">Exam domains</h2>
        <span className="cert-count">covered of the exam's weight</span>
      </div>
      <ul className="domain-list" data-testid="domain-coverage">
        {rows.map((row) => {
          const share = row.weight > 0 ? Math.round((row.coveredWeight / row.weight) * 100) : 0;
          return (
            <li key={row.name} className="domain-row">
              <div className="domain-head">
                <span className="domain-name">{row.name}</span>
                <span className="domain-weight">
                  {formatHours(row.coveredWeight)}% of {row.weight}%
                </span>
              </div>
              <div className="domain-bar" role="img" aria-label={`${share}% of ${row.name} covered`}>
                <span style={{ width: `${share}%` }} />
              </div>
              <span className="domain-meta">
                {row.modulesDone} of {row.modules} modules done · {formatHours(row.studiedHours)} h studied
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
