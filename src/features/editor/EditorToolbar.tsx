// The editor's toolbar: back, save state, layout, and the episode's actions. In a narrow window
// the actions fold into one "Actions" menu (a container query picks which is shown), so Export
// and Delete stay reachable at the window's 720 px minimum.
import { Link } from 'react-router';
import type { ExportFormat } from '../journal';
import { Menu, type MenuItem } from '../../ui/Menu';
import { saveStatusText, type SaveState } from './autosave-data';
import type { SectionKind } from '../../domain/episode';
import { insertableRollups } from './rollup-insert';
import { useNow } from './use-autosave';

export type Mode = 'split' | 'write' | 'preview';

const modeLabels: Record<Mode, string> = { write: 'Write', split: 'Split', preview: 'Preview' };

export interface ToolbarActions {
  insertHighlights(): void;
  insertRollup(kind: SectionKind): void;
  /** Pick an image or a PDF to add at the cursor. */
  insertFile(): void;
  /** A ```chart block at the cursor (hours per week; its `show:` line names the other charts). */
  insertChart(): void;
  exportAs(format: ExportFormat): void;
  /** The publish dialog: a blog platform's or site generator's post, after the pre-publish check. */
  publish(): void;
  moveToTrash(): void;
}

const exportItems = (actions: ToolbarActions): MenuItem[] => [
  { label: 'Publish for a blog or site…', hint: 'checks first', onSelect: actions.publish },
  { label: 'Markdown with frontmatter', hint: '.md', onSelect: () => actions.exportAs('markdown') },
  { label: 'Blog-ready markdown', hint: '.md', onSelect: () => actions.exportAs('blog') },
  { label: 'Standalone web page', hint: '.html', onSelect: () => actions.exportAs('html') },
];

const insertItems = (actions: ToolbarActions): MenuItem[] => [
  { label: 'Image or PDF…', hint: 'or paste, drop', onSelect: actions.insertFile },
  { label: 'Chart', hint: 'hours, burn-up, accuracy', onSelect: actions.insertChart },
  { label: 'Weekly Highlights', hint: 'lists the sections', onSelect: actions.insertHighlights },
  ...insertableRollups.map(({ kind, label }) => ({ label, onSelect: () => actions.insertRollup(kind) })),
];

/** Everything the wide toolbar shows, as one menu. */
function compactItems(actions: ToolbarActions): MenuItem[] {
  return [
    ...insertItems(actions).map((item) => ({ ...item, label: `Insert ${item.label.replace(/^This /, 'this ')}` })),
    ...exportItems(actions).map((item) => ({ ...item, label: `Export: ${item.label}` })),
    { label: 'Delete (move to the Trash)', onSelect: actions.moveToTrash },
  ];
}

export function EditorToolbar({ state, mode, onMode, onBack, actions }: { state: SaveState; mode: Mode; onMode(mode: Mode): void; onBack(): void; actions: ToolbarActions }) {
  return (
    <div className="editor-toolbar">
      <Link to="/journal" className="btn btn-ghost editor-back" onClick={onBack}>
        ← Journal
      </Link>
      <SaveStatus state={state} />
      <div className="editor-toolbar-actions">
        <div className="segmented" role="group" aria-label="Layout">
          {(['write', 'split', 'preview'] as Mode[]).map((m) => (
            <button key={m} type="button" aria-pressed={mode === m} onClick={() => onMode(m)}>
              {modeLabels[m]}
            </button>
          ))}
        </div>
        <div className="editor-toolbar-wide">
          <Menu label="Insert" items={insertItems(actions)} />
          <Menu label="Export" items={exportItems(actions)} />
          <button type="button" className="btn btn-danger" onClick={actions.moveToTrash}>
            Delete
          </button>
        </div>
        <Menu label="Actions" className="editor-toolbar-compact" items={compactItems(actions)} />
      </div>
    </div>
  );
}

/** The save state, re-rendered every second on its own (so the editor around it is not). */
function SaveStatus({ state }: { state: SaveState }) {
  const now = useNow(1000);
  return (
    <span className={`save-status save-${state.kind}`} role="status" data-testid="save-status" title={state.kind === 'error' ? state.message : undefined}>
      {saveStatusText(state, now)}
    </span>
  );
}
