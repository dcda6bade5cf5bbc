// CodeMirror 6 for markdown: syntax highlighting (fenced code too), line wrapping, the app's theme.
import { markdown, markdownLanguage } from '@codemirror/lang-markdown';
import { HighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { languages } from '@codemirror/language-data';
import { tags } from '@lezer/highlight';
import CodeMirror, { EditorSelection, EditorView, Prec, type ReactCodeMirrorRef, type Text } from '@uiw/react-codemirror';
import { useImperativeHandle, useLayoutEffect, useRef, useState, type Ref } from 'react';
import { useTheme } from '../../ui/theme';
import { minimalChange } from './editor-data';

export interface EditorHandle {
  /** Scrolls to a 1-based line, puts the cursor there and focuses the editor. */
  jumpToLine(line: number): void;
  /** Inserts text at an offset (as one undoable change) and selects nothing. */
  insertAt(offset: number, text: string): void;
  /** Replaces the document with `next` through the smallest edit. */
  replaceAll(next: string): void;
  focus(): void;
  /** Where the cursor is (an offset into the text). */
  cursorOffset(): number;
}

// Markdown structure in the app's own colours (CSS variables, so light and dark both follow the theme);
// code inside fences keeps the light/dark theme's highlighting.
const markdownStyle = HighlightStyle.define([
  { tag: tags.heading, color: 'var(--accent)', fontWeight: '700', textDecoration: 'none' },
  { tag: tags.strong, fontWeight: '700' },
  { tag: tags.emphasis, fontStyle: 'italic' },
  { tag: tags.strikethrough, textDecoration: 'line-through' },
  { tag: [tags.link, tags.url], color: 'var(--accent)' },
  { tag: tags.quote, color: 'var(--text-muted)', fontStyle: 'italic' },
  { tag: [tags.processingInstruction, tags.meta, tags.comment], color: 'var(--text-faint)' },
  { tag: tags.monospace, color: 'var(--warning)' },
]);

const extensions = [
  markdown({ base: markdownLanguage, codeLanguages: languages }),
  Prec.high(syntaxHighlighting(markdownStyle)),
  EditorView.lineWrapping,
  EditorView.contentAttributes.of({ 'aria-label': 'Episode text (markdown)', spellcheck: 'true' }),
];

// drawSelection is off: the browser's own caret and selection are used. Drawing them costs a forced
// layout per keystroke (8 ms of a 21 ms keystroke measured in the bench) and buys only multiple
// cursors, which a journal does not need.
const setup = { foldGutter: false, lineNumbers: false, highlightActiveLine: false, highlightActiveLineGutter: false, autocompletion: false, drawSelection: false, rectangularSelection: false, crosshairCursor: false };

export function MarkdownEditor({
  value,
  onChange,
  onBlur,
  onPaste,
  onCursor,
  onFiles,
  ref,
}: {
  /** The text when the editor mounts; later changes of this prop are ignored (see below). */
  value: string;
  /**
   * The document after each change. It is CodeMirror's rope: call toString() only when the text is
   * needed (a save, the preview catching up), not per keystroke (the largest episodes are 130 KB).
   */
  onChange(doc: Text): void;
  onBlur(): void;
  /** Plain text about to be pasted, with the document as it was before (CodeMirror still pastes it). */
  onPaste?(text: string, before: string): void;
  /** The cursor moved (or the text changed under it): its offset. */
  onCursor?(offset: number): void;
  /** Files pasted or dropped (screenshots, PDFs), with the offset they were put at; the editor inserts nothing itself. */
  onFiles?(files: File[], at: number): void;
  ref: Ref<EditorHandle>;
}) {
  const { resolved } = useTheme();
  const cm = useRef<ReactCodeMirrorRef>(null);
  // Uncontrolled after mount: CodeMirror owns the text and reports every change; edits from
  // outside go through the handle below. (Feeding `value` back on every render would compare
  // the whole document per keystroke, and could put back a stale text if a render lagged.)
  const [initialValue] = useState(value);
  // Changes are reported by a listener of our own rather than the wrapper's onChange, which copies
  // the whole document into a string on every change and, while typing, runs a 1 ms setInterval
  // (its guard against a controlled `value` arriving mid-word, which this editor never receives).
  const onChangeRef = useRef(onChange);
  const onPasteRef = useRef(onPaste);
  const onCursorRef = useRef(onCursor);
  const onFilesRef = useRef(onFiles);
  useLayoutEffect(() => {
    onChangeRef.current = onChange;
    onPasteRef.current = onPaste;
    onCursorRef.current = onCursor;
    onFilesRef.current = onFiles;
  });
  const [allExtensions] = useState(() => [
    ...extensions,
    EditorView.updateListener.of((update) => {
      if (update.docChanged) onChangeRef.current(update.state.doc);
      if (update.selectionSet || update.docChanged) onCursorRef.current?.(update.state.selection.main.head);
    }),
    EditorView.domEventHandlers({
      paste(event, view) {
        const files = [...(event.clipboardData?.files ?? [])];
        const text = event.clipboardData?.getData('text/plain');
        // A screenshot arrives as a file (with no text, or the image's name as text): it becomes an attachment.
        if (files.length && onFilesRef.current && (!text || files.some((f) => f.type.startsWith('image/')))) {
          event.preventDefault();
          onFilesRef.current(files, view.state.selection.main.head);
          return true;
        }
        if (text) onPasteRef.current?.(text, view.state.doc.toString());
        return false;
      },
      drop(event, view) {
        const files = [...(event.dataTransfer?.files ?? [])];
        if (!files.length || !onFilesRef.current) return false;
        event.preventDefault();
        const at = view.posAtCoords({ x: event.clientX, y: event.clientY }) ?? view.state.selection.main.head;
        onFilesRef.current(files, at);
        return true;
      },
    }),
  ]);

  useImperativeHandle(ref, () => ({
    jumpToLine(line) {
      const view = cm.current?.view;
      if (!view) return;
      const target = view.state.doc.line(Math.min(Math.max(1, line), view.state.doc.lines));
      view.dispatch({ selection: EditorSelection.cursor(target.from), effects: EditorView.scrollIntoView(target.from, { y: 'start', yMargin: 16 }) });
      view.focus();
    },
    insertAt(offset, text) {
      const view = cm.current?.view;
      if (!view) return;
      const at = Math.min(offset, view.state.doc.length);
      view.dispatch({ changes: { from: at, insert: text }, selection: EditorSelection.cursor(at + text.length), scrollIntoView: true });
      view.focus();
    },
    replaceAll(next) {
      const view = cm.current?.view;
      if (!view) return;
      const change = minimalChange(view.state.doc.toString(), next);
      if (change) view.dispatch({ changes: change });
    },
    focus() {
      cm.current?.view?.focus();
    },
    cursorOffset() {
      return cm.current?.view?.state.selection.main.head ?? 0;
    },
  }));

  return (
    <CodeMirror
      ref={cm}
      className="md-editor"
      value={initialValue}
      onBlur={onBlur}
      theme={resolved}
      extensions={allExtensions}
      basicSetup={setup}
      height="100%"
    />
  );
}
