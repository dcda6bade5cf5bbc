import { PracticeIcon } from '../../ui/icons';
import { EmptyState, PageHeader } from '../../ui/page';

export function PracticePage() {
  return (
    <div className="page">
      <PageHeader title="Practice" subtitle="Statistics problems for interview prep, fresh numbers every time." />
      <EmptyState icon={PracticeIcon} title="Nothing due yet" hint="Works fully offline.">
        <p>Practise hypothesis tests, power and sample size, SRM checks and experimentation concepts. Each problem has a
          worked solution, and spaced repetition brings back the topics you find hardest.</p>
      </EmptyState>
    </div>
  );
}
