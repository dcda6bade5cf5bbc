// A section's kind as a coloured pill that opens the kind registry's choices.
import type { SectionKind } from '../domain/episode';
import { sectionKindList } from '../domain/episode';
import { kindToneStyle } from './kind-tone';
import './kind-select.css';

export function KindSelect({ kind, label, title, onChange }: { kind: SectionKind; label: string; title?: string; onChange(kind: SectionKind): void }) {
  return (
    <select className="kind-select" data-kind={kind} style={kindToneStyle(kind)} aria-label={label} title={title} value={kind} onChange={(e) => onChange(e.target.value as SectionKind)}>
      {sectionKindList.map((definition) => (
        <option key={definition.id} value={definition.id}>
          {definition.label}
        </option>
      ))}
    </select>
  );
}
