// The module checklist, grouped by course. Keyboard: arrow keys move between rows, Space toggles
// done, + and - step the percent, Alt+arrows reorder within the course, Delete removes (with Undo).
import { Fragment, startTransition, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { moveModule, removeModule, setModulePercent, setModuleStatus } from '../../domain/progress';
import type { Certification, IsoDate } from '../../domain/progress';
import { displayOrder, groupByCourse, moveTarget, stepPercent, type ModuleGroup } from './certification-data';
import { AddModuleForm, ModuleEditForm } from './ModuleForms';
import { ModuleRow, type RowActions } from './ModuleRow';
import { whenIdle } from '../../ui/when-idle';
import type { CertificationEdits } from './use-certification-edits';
import './module-checklist.css';

const CONTROL = /^(INPUT|SELECT|TEXTAREA|BUTTON)$/;
/**
 * A long path (a 200-module one) draws its first rows with the page and the rest in chunks when the
 * browser is idle, after the charts above are on screen; a short one is drawn whole at once.
 */
const ALL_AT_ONCE = 40;
const FIRST_ROWS = 12;
const CHUNK = 50;

/** The groups holding the first `limit` rows, in order (the last one possibly cut short). */
function firstRows(groups: ModuleGroup[], limit: number): ModuleGroup[] {
  let left = limit;
  const out: ModuleGroup[] = [];
  for (const g of groups) {
    if (left <= 0) break;
    out.push(g.modules.length <= left ? g : { ...g, modules: g.modules.slice(0, left) });
    left -= g.modules.length;
  }
  return out;
}

export function ModuleChecklist({ cert, edits, today }: { cert: Certification; edits: CertificationEdits; today: IsoDate }) {
  const groups = useMemo(() => groupByCourse(cert.modules), [cert.modules]);
  const order = useMemo(() => displayOrder(groups), [groups]);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [percentErrors, setPercentErrors] = useState<Record<string, string>>({});
  const list = useRef<HTMLDivElement>(null);
  const pendingFocus = useRef<string | null>(null);
  const current = activeId && order.includes(activeId) ? activeId : (order[0] ?? null);
  const [rowLimit, setRowLimit] = useState(() => (cert.modules.length <= ALL_AT_ONCE ? Number.POSITIVE_INFINITY : FIRST_ROWS));
  useEffect(() => {
    if (rowLimit >= cert.modules.length) return;
    return whenIdle(() => startTransition(() => setRowLimit((n) => n + CHUNK)));
  }, [rowLimit, cert.modules.length]);
  const groupSizes = useMemo(() => new Map(groups.map((g) => [g.course, g.modules.length])), [groups]);
  const shown = useMemo(() => (rowLimit >= cert.modules.length ? groups : firstRows(groups, rowLimit)), [groups, rowLimit, cert.modules.length]);

  // After a reorder or removal, or a jump to a row not drawn yet, focus follows the row once it is rendered.
  useEffect(() => {
    const id = pendingFocus.current;
    if (!id) return;
    const row = list.current?.querySelector<HTMLElement>(`[data-module-id="${CSS.escape(id)}"]`);
    if (row) {
      row.focus();
      pendingFocus.current = null;
    }
  }, [cert.modules, shown]);

  const ctx = useRef({ cert, groups, order, today });
  useEffect(() => {
    ctx.current = { cert, groups, order, today };
  }, [cert, groups, order, today]);

  const actions: RowActions = useMemo(
    () => ({
      toggleDone(id) {
        void edits.apply((c) => {
          const m = c.modules.find((x) => x.id === id);
          return m ? setModuleStatus(c, id, m.status === 'done' ? 'not-started' : 'done', ctx.current.today) : c;
        });
      },
      commitPercent(id, text) {
        const value = text.trim() === '' ? Number.NaN : Number(text);
        void edits.apply((c) => setModulePercent(c, id, value, ctx.current.today)).then((errors) => {
          setPercentErrors((prev) => {
            const { [id]: _old, ...rest } = prev;
            return errors ? { ...rest, [id]: errors.percent ?? Object.values(errors)[0] ?? 'Invalid percent.' } : rest;
          });
        });
      },
      move(id, direction) {
        const target = moveTarget(ctx.current.groups, id, direction);
        if (!target) return;
        pendingFocus.current = id;
        void edits.apply((c) => moveModule(c, target.from, target.to));
      },
      remove(id) {
        const { cert: c, order: ids } = ctx.current;
        const m = c.modules.find((x) => x.id === id);
        if (!m) return;
        const at = ids.indexOf(id);
        pendingFocus.current = ids[at + 1] ?? ids[at - 1] ?? null;
        if (pendingFocus.current) setActiveId(pendingFocus.current);
        void edits.apply((x) => removeModule(x, id), { undo: `Removed ${m.title}` });
      },
      edit(id) {
        setEditingId((prev) => (prev === id ? null : id));
      },
      focusRow(id) {
        setActiveId(id);
      },
    }),
    [edits],
  );

  const focusRow = (id: string | undefined) => {
    if (!id) return;
    setActiveId(id);
    const row = list.current?.querySelector<HTMLElement>(`[data-module-id="${CSS.escape(id)}"]`);
    if (row) row.focus();
    else {
      pendingFocus.current = id;
      setRowLimit(Number.POSITIVE_INFINITY);
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const target = event.target as HTMLElement;
    const row = target.closest<HTMLElement>('[data-module-id]');
    if (!row || (CONTROL.test(target.tagName) && !(event.altKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown')))) return;
    const id = row.dataset.moduleId!;
    const at = order.indexOf(id);
    let handled = true;
    if (event.altKey && event.key === 'ArrowUp') actions.move(id, -1);
    else if (event.altKey && event.key === 'ArrowDown') actions.move(id, 1);
    else if (event.key === 'ArrowDown') focusRow(order[at + 1]);
    else if (event.key === 'ArrowUp') focusRow(order[at - 1]);
    else if (event.key === 'Home') focusRow(order[0]);
    else if (event.key === 'End') focusRow(order[order.length - 1]);
    else if (event.key === ' ') actions.toggleDone(id);
    else if (event.key === '+' || event.key === '=' || event.key === '-') {
      const m = cert.modules.find((x) => x.id === id);
      if (m) actions.commitPercent(id, String(stepPercent(m.percent, event.key === '-' ? -1 : 1)));
    } else if (event.key === 'Delete') actions.remove(id);
    else if (event.key === 'Enter') actions.edit(id);
    else handled = false;
    if (handled) event.preventDefault();
  };

  const courses = groups.map((g) => g.course).filter(Boolean);
  const doneCount = cert.modules.filter((m) => m.status === 'done').length;
  return (
    <section className="card cert-modules" aria-labelledby="cert-modules-title">
      <div className="cert-section-head">
        <h2 id="cert-modules-title">Modules</h2>
        <span className="cert-count">
          {doneCount} of {cert.modules.length} done
        </span>
      </div>
      {cert.modules.length === 0 ? (
        <p className="cert-chart-empty">This path has no modules yet. Add the courses and modules of your certification below.</p>
      ) : (
        <p className="hint cert-keys">
          <kbd>↑</kbd> <kbd>↓</kbd> move · <kbd>Space</kbd> done · <kbd>+</kbd> <kbd>−</kbd> percent · <kbd>Alt</kbd>+<kbd>↑</kbd>/<kbd>↓</kbd> reorder · <kbd>Enter</kbd> edit ·{' '}
          <kbd>Delete</kbd> remove
        </p>
      )}
      <div ref={list} onKeyDown={onKeyDown}>
        {shown.map((group) => (
          <div key={group.course || '(none)'} className="cert-course" role="group" aria-label={group.course || 'Modules without a course'}>
            <h3 className="cert-course-title">
              <span>{group.course || 'Without a course'}</span>
              <span className="cert-count">
                {group.done}/{group.modules.length}
              </span>
            </h3>
            <ul className="cert-module-list">
              {group.modules.map(({ module }, i) => (
                <Fragment key={module.id}>
                  <ModuleRow
                    module={module}
                    active={module.id === current}
                    canUp={i > 0}
                    canDown={i < (groupSizes.get(group.course) ?? 0) - 1}
                    editing={module.id === editingId}
                    percentError={percentErrors[module.id]}
                    actions={actions}
                  />
                  {module.id === editingId ? (
                    <li className="cert-module-editor">
                      <ModuleEditForm module={module} edits={edits} today={today} onDone={() => setEditingId(null)} />
                    </li>
                  ) : null}
                </Fragment>
              ))}
            </ul>
          </div>
        ))}
      </div>
      <AddModuleForm edits={edits} courses={courses} />
    </section>
  );
}
