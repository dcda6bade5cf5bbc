// TeX rendered by KaTeX to an HTML string (no eval, no inline scripts: fine under the app's CSP).
import katex from 'katex';
import 'katex/dist/katex.min.css';
import { memo, useMemo } from 'react';

export const Tex = memo(function Tex({ tex, display = false }: { tex: string; display?: boolean }) {
  const html = useMemo(() => katex.renderToString(tex, { displayMode: display, throwOnError: false, output: 'html' }), [tex, display]);
  // KaTeX escapes the TeX it renders; the strings come from our own generators.
  return <span className={display ? 'tex tex-display' : 'tex'} dangerouslySetInnerHTML={{ __html: html }} />;
});
