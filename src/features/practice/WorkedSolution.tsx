// The worked solution: each step's formula, then the same formula with this problem's numbers.
import type { Problem } from '../../domain/practice/generators';
import { Tex } from './Tex';

export function WorkedSolution({ problem, answerText }: { problem: Problem; answerText: string }) {
  return (
    <section className="worked-solution" aria-label="Worked solution">
      <h3>Worked solution</h3>
      <ol className="solution-steps">
        {problem.steps.map((step, i) => (
          <li key={i}>
            <div className="step-label">{step.label}</div>
            <div className="step-math">
              <Tex tex={step.formula} display />
              <Tex tex={step.substituted} display />
            </div>
          </li>
        ))}
      </ol>
      <p className="solution-answer">
        Answer: <strong data-testid="solution-answer">{answerText}</strong>
      </p>
      <p className="solution-takeaway">{problem.takeaway}</p>
    </section>
  );
}
