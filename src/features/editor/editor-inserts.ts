// The editor's Insert menu: the weekly highlights list, a chart block and the week's summaries,
// each put in as one undoable change (through CodeMirror when it shows, else into the draft).
import type { RefObject } from 'react';
import { blockInsertion, chartBlockText, layoutBody, weeklyHighlightsList, type EpisodeDraft, type SectionKind } from '../../domain/episode';
import { showToast } from '../../ui/toast-store';
import { gatherWeeklyRollups } from '../dashboard';
import { highlightsInsertOffset } from './editor-data';
import type { EditorHandle } from './MarkdownEditor';
import { rollupInsertion, rollupLabel, rollupText } from './rollup-insert';

export function editorInserts({ editor, latest, applyBody, episodeId }: { editor: RefObject<EditorHandle | null>; latest(): EpisodeDraft; applyBody(body: string): void; episodeId: string }) {
  const insertText = (at: number, text: string) => {
    if (editor.current) editor.current.insertAt(at, text);
    else {
      const body = latest().body;
      applyBody(body.slice(0, at) + text + body.slice(at));
    }
  };
  return {
    insertHighlights() {
      const body = latest().body;
      const list = weeklyHighlightsList(layoutBody(body).sections);
      if (!list) {
        showToast({ message: 'Add some ## sections first: the highlights list names them.' });
        return;
      }
      insertText(highlightsInsertOffset(body), list);
    },
    insertChart() {
      const body = latest().body;
      const { at, insert } = blockInsertion(body, editor.current?.cursorOffset() ?? body.length, chartBlockText());
      insertText(at, insert);
    },
    async insertRollup(kind: SectionKind) {
      const weekOf = latest().weekOf;
      if (!weekOf) {
        showToast({ message: 'Set the episode’s week first: the summary covers that week.' });
        return;
      }
      const text = rollupText(kind, await gatherWeeklyRollups(weekOf, episodeId));
      if (!text) {
        showToast({ message: `Nothing to insert: ${rollupLabel(kind).toLowerCase()} is empty for that week.` });
        return;
      }
      const { at, insert } = rollupInsertion(latest().body, kind, text);
      insertText(at, insert);
    },
  };
}
