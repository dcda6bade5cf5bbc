import { CalculatorIcon } from '../../ui/icons';
import { EmptyState, PageHeader } from '../../ui/page';

export function CalculatorsPage() {
  return (
    <div className="page">
      <PageHeader title="Calculators" subtitle="A/B-test statistics that agree with R and scipy." />
      <EmptyState icon={CalculatorIcon} title="Pick a calculator" hint="Results can be saved into a weekly episode as a live card.">
        <p>Test results (z-test, t-tests, chi-square), sample size and duration, power and minimum detectable effect,
          sample ratio mismatch checks, Bayesian A/B analysis, and quick tools for quantiles and intervals.</p>
      </EmptyState>
    </div>
  );
}
