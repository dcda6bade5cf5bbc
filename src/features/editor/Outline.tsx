// Headings of the episode with jump-to; each `##` section shows its kind with an override menu.
import type { SectionKind } from '../../domain/episode';
import { KindSelect } from '../../ui/KindSelect';
import type { OutlineItem } from './editor-data';

export function Outline({ items, onJump, onKind }: { items: OutlineItem[]; onJump(line: number): void; onKind(index: number, kind: SectionKind): void }) {
  if (items.length === 0) {
    return <p className="hint outline-empty">Start a section with a line like “## Project Log”; it will appear here.</p>;
  }
  return (
    <ol className="outline" aria-label="Outline">
      {items.map((item) => (
        <li key={`${item.line}:${item.text}`} className={`outline-item depth-${Math.min(item.depth, 4)}`}>
          <button type="button" className="outline-jump" title={`Go to line ${item.line}`} onClick={() => onJump(item.line)}>
            {item.text || 'Untitled heading'}
          </button>
          {item.section ? (
            <KindSelect
              kind={item.section.kind}
              label={`Kind of section ${item.text}`}
              title={item.section.overridden ? 'Set by you' : 'Inferred from the heading and text; choose to override'}
              onChange={(kind) => onKind(item.section!.index, kind)}
            />
          ) : null}
        </li>
      ))}
    </ol>
  );
}
