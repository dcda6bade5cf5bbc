// The "New certification" panel: a shipped learning path or a blank one.
import { useNavigate } from 'react-router';
import { getCertificationsRepo, todayIso } from '../../data/certifications-store';
import { certificationFromTemplate, formatHours } from '../../domain/progress';
import type { CertificationTemplate } from '../../domain/progress';
import { getTemplates } from './templates';
import { showToast } from '../../ui/toast-store';
import './certifications.css';

export function NewCertification({ onClose }: { onClose: () => void }) {
  const navigate = useNavigate();
  const start = async (template: CertificationTemplate) => {
    const created = await getCertificationsRepo().create(certificationFromTemplate(template, { today: todayIso() }));
    if (!created.ok) {
      showToast({ message: `The template could not be used: ${Object.values(created.errors).join(' ')}`, tone: 'danger' });
      return;
    }
    void navigate(`/certifications/${created.value.id}`);
  };
  return (
    <section className="card cert-new" aria-label="New certification">
      <div className="cert-new-head">
        <h2>Start a certification</h2>
        <button type="button" className="btn btn-ghost" onClick={onClose}>
          Cancel
        </button>
      </div>
      <ul className="cert-template-list">
        {getTemplates().map((t) => {
          const hours = t.modules.reduce((s, m) => s + m.estimatedHours, 0);
          return (
            <li key={t.id}>
              <button type="button" className="cert-template" onClick={() => void start(t)}>
                <span className="cert-template-name">{t.modules.length === 0 ? 'Blank certification' : t.name}</span>
                <span className="cert-template-meta">
                  {t.modules.length === 0 ? 'Add your own courses and modules' : `${t.provider} · ${t.modules.length} modules · about ${formatHours(hours)} h`}
                </span>
                <span className="cert-template-desc">{t.description}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
