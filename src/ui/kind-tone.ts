// A section kind's colour: the descriptor names a tone, and the pill reads `--kind-fg` / `--kind-bg`.
import type { CSSProperties } from 'react';
import { sectionKindRegistry, type KindTone, type SectionKind } from '../domain/episode';

const toneColours = {
  accent: { fg: 'var(--accent)', bg: 'var(--accent-soft)' },
  success: { fg: 'var(--success)', bg: 'var(--success-soft)' },
  warning: { fg: 'var(--warning)', bg: 'var(--warning-soft)' },
  danger: { fg: 'var(--danger)', bg: 'var(--danger-soft)' },
  violet: { fg: 'var(--violet)', bg: 'var(--violet-soft)' },
  // The pill's own muted colours.
  neutral: undefined,
} satisfies Record<KindTone, { fg: string; bg: string } | undefined>;

export function kindToneStyle(kind: SectionKind): CSSProperties {
  const colours = toneColours[sectionKindRegistry[kind].tone];
  return colours ? ({ '--kind-fg': colours.fg, '--kind-bg': colours.bg } as CSSProperties) : {};
}
