// The input form, laid out from the shape of the calculator's draft (not a form per calculator):
// numbers become text fields, choices segmented buttons, arms grouped fields; the descriptor names
// the keys that have an editor of their own.
import type { CalculatorId } from '../../domain/stats';
import { descriptorOf } from './descriptors';
import { CheckboxField, ChoiceField, NumberField } from './Fields';
import { hintFor, labelFor } from './field-meta';
import type { Draft } from './form-draft';
import { errorAt } from './form-draft';
import type { CalculatorController } from './use-calculator';

export function InputForm({ id, ctl }: { id: CalculatorId; ctl: CalculatorController }) {
  const draft = ctl.draft as Record<string, Draft>;
  const { fields } = descriptorOf(id);
  return (
    <div className="calc-form">
      {Object.entries(draft).map(([key, value]) => {
        const editors = fields.editors ?? {};
        if (key in editors) {
          const Editor = editors[key];
          return Editor ? <Editor key={key} ctl={ctl} /> : null;
        }
        const label = labelFor(id, fields, key);
        const error = errorAt(ctl.evaluation, key);
        if (typeof value === 'boolean') return <CheckboxField key={key} path={key} label={label} checked={value} onChange={(v) => ctl.setField(key, v)} />;
        if (typeof value === 'string') {
          const choices = fields.choices?.[key];
          if (choices) return <ChoiceField key={key} path={key} label={label} value={value} choices={choices} error={error} onChange={(v) => ctl.setField(key, v)} />;
          return <NumberField key={key} path={key} label={label} value={value} error={error} hint={hintFor(fields, key)} onChange={(v) => ctl.setField(key, v)} />;
        }
        if (Array.isArray(value)) return null;
        return (
          <fieldset key={key} className="calc-group">
            <legend>{label}</legend>
            <div className={fields.wideGroups ? 'calc-group-fields calc-group-fields-wide' : 'calc-group-fields'}>
              {Object.entries(value).map(([leaf, leafValue]) => {
                const path = `${key}.${leaf}`;
                return (
                  <NumberField
                    key={leaf}
                    compact
                    path={path}
                    label={labelFor(id, fields, path)}
                    value={typeof leafValue === 'string' ? leafValue : ''}
                    error={errorAt(ctl.evaluation, path)}
                    onChange={(v) => ctl.setField(path, v)}
                  />
                );
              })}
            </div>
            {!ctl.evaluation.ok && ctl.evaluation.error.field === key ? <span className="field-error">{ctl.evaluation.error.message}</span> : null}
          </fieldset>
        );
      })}
    </div>
  );
}
