// The list of tracked certifications: active ones with their progress, archived ones folded away.
import { useState } from 'react';
import { Link } from 'react-router';
import { useCertificationList } from '../../data/certifications-store';
import { CertificationIcon } from '../../ui/icons';
import { EmptyState, PageHeader } from '../../ui/page';
import { formatDay, splitByArchived, type CertificationSummary } from './certification-data';
import { NewCertification } from './NewCertification';
import { useCertificationImport } from './use-import';
import './certifications.css';
import { Callout } from '../../ui/Callout';

function CertificationCard({ summary }: { summary: CertificationSummary }) {
  const due = summary.targetDate ?? summary.examDate;
  return (
    <li className="card cert-card">
      <Link to={`/certifications/${summary.id}`} className="cert-card-link">
        <span className="cert-card-name">{summary.name}</span>
      </Link>
      <span className="cert-card-provider">{summary.provider || 'No provider'}</span>
      <div
        className="cert-progress"
        role="progressbar"
        aria-label={`${summary.name} progress`}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={summary.percent}
      >
        <div className="cert-progress-fill" style={{ width: `${summary.percent}%` }} />
      </div>
      <div className="cert-card-meta">
        <span>
          {summary.percent}% · {summary.modulesDone} of {summary.moduleCount} modules
        </span>
        {due ? <span>{summary.targetDate ? 'Target' : 'Exam'} {formatDay(due)}</span> : null}
      </div>
    </li>
  );
}

export function CertificationsPage() {
  const list = useCertificationList();
  const [creating, setCreating] = useState(false);
  const { importFile, error, clearError } = useCertificationImport();
  const { active, archived } = splitByArchived(list?.certifications ?? []);
  const empty = list !== undefined && active.length === 0 && archived.length === 0;
  const actions = (
    <>
      <button type="button" className="btn" onClick={() => void importFile()}>
        Import…
      </button>
      <button type="button" className="btn btn-primary" onClick={() => setCreating(true)}>
        New certification
      </button>
    </>
  );
  return (
    <div className="page">
      <PageHeader title="Certifications" subtitle="Learning paths, module progress and an honest finish date." actions={empty ? undefined : actions} />
      {error ? (
        <Callout tone="danger" className="cert-notice" role="alert">
          <div>
            <strong>Import failed.</strong> {error}
          </div>
          <button type="button" className="btn btn-ghost" onClick={clearError}>
            Dismiss
          </button>
        </Callout>
      ) : null}
      {list?.damaged.length ? (
        <Callout className="cert-notice" role="alert">
          {list.damaged.length} stored certification{list.damaged.length === 1 ? '' : 's'} could not be read and {list.damaged.length === 1 ? 'is' : 'are'} hidden:{' '}
          {list.damaged.map((d) => d.message).join('; ')}
        </Callout>
      ) : null}
      {creating ? <NewCertification onClose={() => setCreating(false)} /> : null}
      {empty && !creating ? (
        <EmptyState
          icon={CertificationIcon}
          title="No certifications tracked yet"
          hint="Start from a learning-path template or a blank path, or import a file exported from Episodes."
          actions={actions}
        >
          <p>
            Track a certification as a path of courses and modules. Log study sessions as you go, and this screen will chart
            your progress, your hours per week and a forecast of when you will finish.
          </p>
        </EmptyState>
      ) : null}
      {active.length > 0 ? (
        <ul className="cert-list" aria-label="Active certifications">
          {active.map((s) => (
            <CertificationCard key={s.id} summary={s} />
          ))}
        </ul>
      ) : null}
      {archived.length > 0 ? (
        <details className="cert-archived">
          <summary>Archived ({archived.length})</summary>
          <ul className="cert-list" aria-label="Archived certifications">
            {archived.map((s) => (
              <CertificationCard key={s.id} summary={s} />
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
