/** The colour tones of theme.css that pills and callouts take. */
export type Tone = 'neutral' | 'accent' | 'success' | 'warning' | 'danger';
