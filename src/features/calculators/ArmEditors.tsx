// Editors for lists of arms: the chi-square table (converted / not converted per arm) and the
// SRM check (visitors and planned share per arm). Arms can be added and removed.
import type { Draft } from './form-draft';
import { errorAt } from './form-draft';
import { armName } from './srm-data';
import type { CalculatorController } from './use-calculator';

const MAX_ARMS = 12;

function CellInput({ path, label, value, ctl }: { path: string; label: string; value: string; ctl: CalculatorController }) {
  const error = errorAt(ctl.evaluation, path);
  return (
    <input
      className="input calc-cell"
      name={path}
      aria-label={label}
      inputMode="decimal"
      autoComplete="off"
      value={value}
      aria-invalid={error ? true : undefined}
      title={error}
      onChange={(e) => ctl.setField(path, e.target.value)}
    />
  );
}

const RemoveButton = ({ arm, onClick, disabled }: { arm: string; onClick(): void; disabled: boolean }) => (
  <button type="button" className="btn btn-ghost calc-remove" aria-label={`Remove arm ${arm}`} disabled={disabled} onClick={onClick}>
    ×
  </button>
);

export function ArmsTableEditor({ ctl }: { ctl: CalculatorController }) {
  const table = (ctl.draft as { table: string[][] }).table;
  const cols = table[0]?.length ?? 2;
  const headers = cols === 2 ? ['Converted', 'Not converted'] : table[0]!.map((_, j) => `Column ${j + 1}`);
  const setTable = (next: Draft[]) => ctl.setField('table', next);
  const tableError = !ctl.evaluation.ok && ctl.evaluation.error.field.startsWith('table') ? ctl.evaluation.error.message : undefined;
  return (
    <div className="field calc-field">
      <span className="calc-label">Arms (counts)</span>
      <table className="calc-arms">
        <thead>
          <tr>
            <th>Arm</th>
            {headers.map((h) => <th key={h}>{h}</th>)}
            <th aria-label="Remove" />
          </tr>
        </thead>
        <tbody>
          {table.map((row, i) => (
            <tr key={i} aria-invalid={errorAt(ctl.evaluation, `table.${i}`) ? true : undefined}>
              <th scope="row">{armName(i)}</th>
              {row.map((cell, j) => (
                <td key={j}>
                  <CellInput path={`table.${i}.${j}`} label={`${armName(i)} ${headers[j]}`} value={cell} ctl={ctl} />
                </td>
              ))}
              <td>
                <RemoveButton arm={armName(i)} disabled={table.length <= 2} onClick={() => setTable(table.filter((_, k) => k !== i))} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {tableError ? <span className="field-error" role="alert">{tableError}</span> : null}
      <button type="button" className="btn calc-add" disabled={table.length >= MAX_ARMS} onClick={() => setTable([...table, row0(cols)])}>
        Add arm
      </button>
    </div>
  );
}

const row0 = (cols: number): string[] => Array.from({ length: cols }, () => '0');

/** Equal planned shares that sum to 1 to well within the engine's 1e-6. */
const equalShares = (k: number): string[] => Array.from({ length: k }, () => String(1 / k));

export function SrmArmsEditor({ ctl }: { ctl: CalculatorController }) {
  const draft = ctl.draft as { observed: string[]; expectedRatios: string[] };
  const k = draft.observed.length;
  const setArms = (observed: string[]) => {
    ctl.setField('observed', observed);
    ctl.setField('expectedRatios', equalShares(observed.length));
  };
  const listError = (name: string) => (!ctl.evaluation.ok && ctl.evaluation.error.field === name ? ctl.evaluation.error.message : undefined);
  const error = listError('observed') ?? listError('expectedRatios') ?? draft.observed.map((_, i) => errorAt(ctl.evaluation, `observed.${i}`) ?? errorAt(ctl.evaluation, `expectedRatios.${i}`)).find(Boolean);
  return (
    <div className="field calc-field">
      <span className="calc-label">Visitors per arm and planned split</span>
      <table className="calc-arms">
        <thead>
          <tr>
            <th>Arm</th>
            <th>Visitors</th>
            <th>Planned share</th>
            <th aria-label="Remove" />
          </tr>
        </thead>
        <tbody>
          {draft.observed.map((value, i) => (
            <tr key={i}>
              <th scope="row">{armName(i)}</th>
              <td>
                <CellInput path={`observed.${i}`} label={`Visitors in arm ${armName(i)}`} value={value} ctl={ctl} />
              </td>
              <td>
                <CellInput path={`expectedRatios.${i}`} label={`Planned share of arm ${armName(i)}`} value={draft.expectedRatios[i] ?? ''} ctl={ctl} />
              </td>
              <td>
                <RemoveButton arm={armName(i)} disabled={k <= 2} onClick={() => setArms(draft.observed.filter((_, j) => j !== i))} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {error ? <span className="field-error" role="alert">{error}</span> : <span className="calc-hint">Shares are fractions that sum to 1, e.g. 0.5 and 0.5.</span>}
      <button type="button" className="btn calc-add" disabled={k >= MAX_ARMS} onClick={() => setArms([...draft.observed, '0'])}>
        Add arm
      </button>
    </div>
  );
}
