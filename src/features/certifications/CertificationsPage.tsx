import { CertificationIcon } from '../../ui/icons';
import { EmptyState, PageHeader } from '../../ui/page';

export function CertificationsPage() {
  return (
    <div className="page">
      <PageHeader title="Certifications" subtitle="Learning paths, module progress and an honest finish date." />
      <EmptyState icon={CertificationIcon} title="No certifications tracked yet" hint="Start from a learning-path template or a blank path.">
        <p>
          Track a certification as a path of courses and modules. Log study sessions as you go, and this screen will chart
          your progress, your hours per week and a forecast of when you will finish.
        </p>
      </EmptyState>
    </div>
  );
}
