// A toned message box: notices, a calculator's verdict, a certification's pace banner. `edge`
// marks it with a bar in the tone's colour on the left (for a result rather than a notice).
import type { HTMLAttributes } from 'react';
import type { Tone } from './tone';
import './callout.css';

export interface CalloutProps extends HTMLAttributes<HTMLElement> {
  tone?: Tone;
  edge?: boolean;
  as?: 'div' | 'p' | 'section' | 'li';
}

export function Callout({ tone = 'neutral', edge = false, as: Element = 'div', className, ...rest }: CalloutProps) {
  const classes = ['callout', `callout-${tone}`, edge ? 'callout-edge' : '', className ?? ''].filter(Boolean).join(' ');
  return <Element className={classes} {...rest} />;
}
