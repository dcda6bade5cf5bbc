// One module in the checklist. Memoized on its own fields: an edit elsewhere in a 200-module
// path re-renders only the rows that changed.
import { memo, useState, type KeyboardEvent } from 'react';
import type { Module } from '../../domain/progress';
import { StatusPill } from '../../ui/StatusPill';
import type { Tone } from '../../ui/tone';

export interface RowActions {
  toggleDone(id: string): void;
  commitPercent(id: string, text: string): void;
  move(id: string, direction: -1 | 1): void;
  remove(id: string): void;
  edit(id: string): void;
  focusRow(id: string): void;
}

interface Props {
  module: Module;
  active: boolean;
  canUp: boolean;
  canDown: boolean;
  editing: boolean;
  percentError: string | undefined;
  actions: RowActions;
}

const STATUS_LABEL = { 'not-started': 'Not started', 'in-progress': 'In progress', done: 'Done' } as const;
const STATUS_TONE = { 'not-started': 'neutral', 'in-progress': 'accent', done: 'success' } as const satisfies Record<Module['status'], Tone>;

function PercentInput({ module, error, tab, onCommit }: { module: Module; error: string | undefined; tab: number; onCommit: (text: string) => void }) {
  const [draft, setDraft] = useState(String(module.percent));
  const errorId = `percent-error-${module.id}`;
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      onCommit(draft);
    } else if (event.key === 'Escape') {
      setDraft(String(module.percent));
    }
  };
  return (
    <span className="cert-percent">
      <input
        className="input"
        type="number"
        inputMode="numeric"
        min={0}
        max={100}
        step={5}
        value={draft}
        tabIndex={tab}
        aria-label={`Percent done: ${module.title}`}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={() => {
          if (draft !== String(module.percent)) onCommit(draft);
        }}
        onKeyDown={onKeyDown}
      />
      <span aria-hidden="true">%</span>
      {error ? (
        <span id={errorId} className="field-error cert-row-error" role="alert">
          {error}
        </span>
      ) : null}
    </span>
  );
}

function ModuleRowView({ module, active, canUp, canDown, editing, percentError, actions }: Props) {
  const tab = active ? 0 : -1;
  const done = module.status === 'done';
  return (
    <li
      className={`cert-module${done ? ' is-done' : ''}`}
      data-module-id={module.id}
      tabIndex={tab}
      aria-label={`${module.title}: ${STATUS_LABEL[module.status]}, ${module.percent}%`}
      onFocus={(e) => {
        if (e.target === e.currentTarget || !active) actions.focusRow(module.id);
      }}
    >
      <input type="checkbox" checked={done} tabIndex={tab} aria-label={`Done: ${module.title}`} onChange={() => actions.toggleDone(module.id)} />
      <span className="cert-module-title" title={module.title}>
        {module.title}
      </span>
      <span className="cert-module-hours">{module.estimatedHours} h</span>
      <StatusPill tone={STATUS_TONE[module.status]} className="cert-status">
        {STATUS_LABEL[module.status]}
      </StatusPill>
      <PercentInput key={module.percent} module={module} error={percentError} tab={tab} onCommit={(text) => actions.commitPercent(module.id, text)} />
      <span className="cert-module-buttons">
        <button type="button" className="cert-icon-btn" tabIndex={tab} disabled={!canUp} aria-label={`Move up: ${module.title}`} title="Move up (Alt+↑)" onClick={() => actions.move(module.id, -1)}>
          ↑
        </button>
        <button type="button" className="cert-icon-btn" tabIndex={tab} disabled={!canDown} aria-label={`Move down: ${module.title}`} title="Move down (Alt+↓)" onClick={() => actions.move(module.id, 1)}>
          ↓
        </button>
        <button type="button" className="cert-icon-btn" tabIndex={tab} aria-expanded={editing} aria-label={`Edit: ${module.title}`} title="Edit" onClick={() => actions.edit(module.id)}>
          ✎
        </button>
        <button type="button" className="cert-icon-btn cert-danger" tabIndex={tab} aria-label={`Remove: ${module.title}`} title="Remove (Delete)" onClick={() => actions.remove(module.id)}>
          ✕
        </button>
      </span>
    </li>
  );
}

function sameModule(a: Module, b: Module): boolean {
  return (
    a.id === b.id &&
    a.title === b.title &&
    a.course === b.course &&
    a.estimatedHours === b.estimatedHours &&
    a.status === b.status &&
    a.percent === b.percent &&
    a.startedOn === b.startedOn &&
    a.completedOn === b.completedOn &&
    a.notes === b.notes
  );
}

export const ModuleRow = memo(
  ModuleRowView,
  (a, b) =>
    sameModule(a.module, b.module) &&
    a.active === b.active &&
    a.canUp === b.canUp &&
    a.canDown === b.canDown &&
    a.editing === b.editing &&
    a.percentError === b.percentError &&
    a.actions === b.actions,
);
