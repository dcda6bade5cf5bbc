// A short status in a rounded pill (Draft, Published, Done…), coloured by its tone.
import type { ReactNode } from 'react';
import type { Tone } from './tone';
import './status-pill.css';

export function StatusPill({ tone, className, children }: { tone: Tone; className?: string; children: ReactNode }) {
  return <span className={`status-pill status-pill-${tone}${className ? ` ${className}` : ''}`}>{children}</span>;
}
