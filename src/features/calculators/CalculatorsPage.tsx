// The calculator index, grouped by category and rendered from the engine's registry.
import { Link } from 'react-router';
import { CalculatorIcon } from '../../ui/icons';
import { PageHeader } from '../../ui/page';
import { calculatorGroups } from './catalog';
import './calculators.css';

export function CalculatorsPage() {
  return (
    <div className="page">
      <PageHeader title="Calculators" subtitle="A/B-test statistics that agree with R and scipy." />
      <section className="calc-intro" aria-label="Pick a calculator">
        <span className="calc-intro-icon">
          <CalculatorIcon />
        </span>
        <div>
          <h2>Pick a calculator</h2>
          <p>Results update as you type. Save any result into a weekly episode as a live card.</p>
        </div>
      </section>
      {calculatorGroups().map((group) => (
        <section key={group.category} className="calc-group-section" aria-labelledby={`calc-cat-${group.category}`}>
          <h2 id={`calc-cat-${group.category}`}>{group.title}</h2>
          <p className="calc-group-blurb">{group.blurb}</p>
          <ul className="calc-index">
            {group.calculators.map((c) => (
              <li key={c.id}>
                <Link to={`/calculators/${c.id}`} className="calc-index-card">
                  <strong>{c.title}</strong>
                  <span>{c.description}</span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
