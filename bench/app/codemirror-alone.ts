// The second typing baseline, bundled for the browser by figures.ts: CodeMirror 6 alone (the
// editor library the app uses, with line wrapping like the app's) holding the same text, with no
// app, no React, no markdown language and no other extensions. Typed into and timed the same way.
import { EditorState } from '@codemirror/state';
import { EditorView } from '@codemirror/view';

(window as unknown as { mountCodeMirror(doc: string): void }).mountCodeMirror = (doc) => {
  const parent = document.createElement('div');
  parent.style.height = '100vh';
  document.body.append(parent);
  const view = new EditorView({ state: EditorState.create({ doc, extensions: [EditorView.lineWrapping] }), parent });
  view.dom.style.height = '100%';
};
