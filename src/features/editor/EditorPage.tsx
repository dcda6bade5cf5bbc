// One episode: header form, CodeMirror with a live preview, outline with section kinds, autosave.
import { startTransition, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import type { Episode } from '../../data/episode-record';
import { toDraft } from '../../data/episode-record';
import { getEpisodesRepo } from '../../data/episodes-store';
import { rememberKindCorrection } from '../../data/kind-knowledge';
import type { EpisodeDraft, SectionKind } from '../../domain/episode';
import type { Text } from '@uiw/react-codemirror';
import { layoutBody, setSectionKind, withBody } from '../../domain/episode';
import { useHost } from '../../host';
import { JournalIcon } from '../../ui/icons';
import { EmptyState } from '../../ui/page';
import { exportEpisode } from '../journal';
import { showToast } from '../../ui/toast-store';
import { EditorToolbar, type Mode } from './EditorToolbar';
import { rememberCursor } from './cursor-memory';
import { splitOffer } from './paste-split';
import { SplitOfferBar } from './SplitOfferBar';
import { bodyStats, outlineWithKinds, statsText } from './editor-data';
import { HeaderForm } from './HeaderForm';
import { MarkdownEditor, type EditorHandle } from './MarkdownEditor';
import { Outline } from './Outline';
import { reportError, errorMessage } from '../../ui/report-error';
import { DamagedBanner } from './DamagedBanner';
import { HistorySection } from './HistorySection';
import { useEditorAttachments, useEditorPublish } from './editor-dialogs';
import { editorInserts } from './editor-inserts';
import { MarkdownPreview } from '../preview';
import { readUnsaved } from './unsaved-stash';
import { useAutosave } from './use-autosave';
import { useKindKnowledge } from './use-kind-knowledge';
import './editor.css';

/** How long typing must pause before the preview, outline and counts catch up. */
const PREVIEW_PAUSE_MS = 250;

const MODE_KEY = 'episodes.editor.mode';

function readMode(): Mode {
  const stored = localStorage.getItem(MODE_KEY);
  return stored === 'write' || stored === 'preview' ? stored : 'split';
}

export function EditorPage() {
  const { id } = useParams();
  const [loaded, setLoaded] = useState<{ id: string; episode: Episode | null; reload: number } | { id: string; error: string; reload: number } | null>(null);
  // Bumped to read the episode again (after a damaged one is repaired).
  const [reload, setReload] = useState(0);
  useEffect(() => {
    if (!id) return;
    let live = true;
    getEpisodesRepo()
      .get(id)
      .then(
        (episode) => live && setLoaded({ id, episode: episode ?? null, reload }),
        (error: unknown) => live && setLoaded({ id, error: errorMessage(error), reload }),
      );
    return () => {
      live = false;
    };
  }, [id, reload]);

  if (!loaded || loaded.id !== id || loaded.reload !== reload) return <div className="page editor-page" aria-busy="true" />;
  if ('error' in loaded) {
    return (
      <div className="page">
        <EmptyState
          icon={JournalIcon}
          title="This episode could not be opened"
          actions={
            <>
              <button type="button" className="btn btn-primary" onClick={() => setReload((n) => n + 1)}>
                Try again
              </button>
              <Link className="btn" to="/journal">
                Back to the journal
              </Link>
            </>
          }
        >
          <p>{loaded.error}</p>
        </EmptyState>
      </div>
    );
  }
  if (!loaded.episode) {
    return (
      <div className="page">
        <EmptyState
          icon={JournalIcon}
          title="This episode is not here"
          actions={
            <>
              <Link className="btn btn-primary" to="/journal">
                Back to the journal
              </Link>
              <Link className="btn" to="/journal/trash">
                Look in the Trash
              </Link>
            </>
          }
        >
          <p>It may have been moved to the Trash or removed in another window.</p>
        </EmptyState>
      </div>
    );
  }
  return <Editor key={`${loaded.id}:${reload}`} episode={loaded.episode} onReload={() => setReload((n) => n + 1)} />;
}

function Editor({ episode, onReload }: { episode: Episode; onReload: () => void }) {
  const host = useHost();
  const navigate = useNavigate();
  // Text stashed when the window closed mid-save wins over the stored copy (it is newer), and is saved again.
  const [recovered] = useState(() => readUnsaved<EpisodeDraft>(`episode:${episode.id}`));
  const [draft, setDraft] = useState<EpisodeDraft>(() => recovered ?? toDraft(episode));
  const [mode, setModeState] = useState<Mode>(readMode);
  const editor = useRef<EditorHandle>(null);
  const repo = getEpisodesRepo();
  // The person's corrections and earlier sections decide kinds the text alone does not.
  const [knowledge, knowledgeRef] = useKindKnowledge();
  const save = useCallback(async (next: EpisodeDraft) => void (await repo.save(episode.id, withBody(next, next.body, knowledgeRef.current))), [repo, episode.id, knowledgeRef]);
  const { scheduler, state } = useAutosave<EpisodeDraft>(save, `episode:${episode.id}`);
  useEffect(() => {
    if (recovered) scheduler?.update(recovered);
  }, [scheduler, recovered]);

  // The newest draft, through latest(): React state catches up when typing pauses, so every action
  // reads latest(), never `draft`. A keystroke only keeps CodeMirror's document (a rope); its text
  // is copied out when something reads it (a save, the preview), not per key.
  const draftRef = useRef(draft);
  const typedDoc = useRef<Text | null>(null);
  const latest = useCallback((): EpisodeDraft => {
    const doc = typedDoc.current;
    if (doc) {
      typedDoc.current = null;
      draftRef.current = { ...draftRef.current, body: doc.toString() };
    }
    return draftRef.current;
  }, []);
  // The body the preview, outline and counts show: filled right after the editor opens (in an
  // interruptible render), then PREVIEW_PAUSE_MS after typing pauses, so a burst of keystrokes
  // renders nothing but CodeMirror.
  const [deferredBody, setDeferredBody] = useState('');
  const settleTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const settle = useCallback((delayMs: number) => {
    clearTimeout(settleTimer.current);
    settleTimer.current = setTimeout(() => {
      const next = latest();
      startTransition(() => {
        setDraft(next);
        setDeferredBody(next.body);
      });
    }, delayMs);
  }, [latest]);
  useEffect(() => {
    // After the first frame: the editor's text is painted before the preview is rendered.
    const frame = requestAnimationFrame(() => settle(0));
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(settleTimer.current);
    };
  }, [settle]);

  const change = useCallback(
    (next: EpisodeDraft) => {
      typedDoc.current = null;
      draftRef.current = next;
      setDraft(next);
      scheduler?.update(next);
      settle(0);
    },
    [scheduler, settle],
  );
  // A keystroke: CodeMirror already shows it and the autosave has it at once; nothing else renders.
  const changeBody = useCallback(
    (doc: Text) => {
      typedDoc.current = doc;
      scheduler?.updateWith(latest);
      settle(PREVIEW_PAUSE_MS);
    },
    [scheduler, settle, latest],
  );
  const flush = useCallback(() => void scheduler?.flush(), [scheduler]);

  const outline = useMemo(() => outlineWithKinds(deferredBody, knowledge), [deferredBody, knowledge]);
  const stats = useMemo(() => bodyStats(deferredBody), [deferredBody]);

  const setMode = (next: Mode) => {
    localStorage.setItem(MODE_KEY, next);
    // Catch the state up first: an editor mounted by this switch starts from the newest text.
    const current = latest();
    setDraft(current);
    setDeferredBody(current.body);
    setModeState(next);
  };

  /** A programmatic edit: through CodeMirror when it is showing (one undoable change), else to the draft. */
  const applyBody = (body: string) => {
    if (editor.current) editor.current.replaceAll(body);
    else change({ ...latest(), body });
  };

  const { insertHighlights, insertChart, insertRollup } = editorInserts({ editor, latest, applyBody, episodeId: episode.id });

  const setKind = (index: number, kind: SectionKind) => {
    const before = latest();
    // The text as it was is kept in the history first, so a kind change can always be taken back.
    void repo.history.keepNow(episode.id, { title: before.title, body: before.body }, 'kind-change', Date.now()).catch((error: unknown) => reportError(error, 'The history could not keep this version'));
    const heading = layoutBody(before.body).sections[index]?.plainHeading;
    applyBody(setSectionKind(before, index, kind).body);
    // Remembered for the heading: next week's episode or import with it gets this kind.
    if (heading) void rememberKindCorrection(heading, kind);
  };

  // A whole post pasted into an empty episode: offer to split it into sections as Import does.
  const weekTaken = useCallback(
    async (weekOf: string) => {
      const other = (await repo.listWeek(weekOf)).find((e) => e.id !== episode.id);
      return other ? other.title || 'Untitled episode' : undefined;
    },
    [repo, episode.id],
  );
  const [offer, setOffer] = useState<{ draft: EpisodeDraft } | null>(null);
  // The header form keeps what is typed in its fields; a split sets them afresh.
  const [headerKey, setHeaderKey] = useState(0);
  const onPaste = useCallback((text: string, before: string) => {
    const split = splitOffer(before, text, knowledgeRef.current);
    setOffer(split ? { draft: split } : null);
  }, [knowledgeRef]);
  const acceptSplit = () => {
    if (!offer) return;
    setOffer(null);
    const before = latest();
    const { title, number, body } = offer.draft;
    applyBody(body);
    change({ ...latest(), title: title || before.title, ...(number !== undefined ? { number } : {}) });
    setHeaderKey((k) => k + 1);
    showToast({
      message: `Split into ${offer.draft.sections.length} sections.`,
      action: {
        label: 'Undo',
        run: () => {
          applyBody(before.body);
          change({ ...latest(), title: before.title, number: before.number });
          setHeaderKey((k) => k + 1);
        },
      },
    });
  };

  const attachments = useEditorAttachments({ editor, latest, change });

  const jumpToLine = (line: number) => {
    if (mode === 'preview') setMode('split');
    requestAnimationFrame(() => editor.current?.jumpToLine(line));
  };

  const publish = useEditorPublish({
    episodeId: episode.id,
    jumpToLine,
    prepare: () => {
      void scheduler?.flush();
      return withBody(latest(), latest().body, knowledgeRef.current);
    },
  });

  const moveToTrash = async () => {
    await scheduler?.flush();
    try {
      await repo.trash(episode.id);
    } catch (error) {
      showToast({ message: `Could not move it to the Trash: ${String(error)}`, tone: 'danger' });
      return;
    }
    const title = latest().title || 'Untitled episode';
    showToast({ message: `“${title}” moved to the Trash.`, action: { label: 'Undo', run: () => repo.restore(episode.id) } });
    void navigate('/journal');
  };

  return (
    <div className={`editor-page mode-${mode}`}>
      {attachments.element}
      {publish.element}
      <EditorToolbar
        state={state}
        mode={mode}
        onMode={setMode}
        onBack={flush}
        actions={{
          insertHighlights,
          insertRollup: (kind) => void insertRollup(kind),
          publish: publish.open,
          insertFile: attachments.pick,
          insertChart,
          exportAs: (format) => void exportEpisode(host, format === 'markdown' ? withBody(latest(), latest().body, knowledgeRef.current) : latest(), format),
          moveToTrash: () => void moveToTrash(),
        }}
      />
      {offer ? <SplitOfferBar sections={offer.draft.sections.length} onSplit={acceptSplit} onDismiss={() => setOffer(null)} /> : null}
      <div className="editor-layout">
        <div className="editor-main">
          {episode.damaged ? <DamagedBanner episode={episode} onRepaired={onReload} /> : null}
          <HeaderForm key={headerKey} draft={draft} weekTaken={weekTaken} onChange={(patch) => change({ ...latest(), ...patch })} onBlur={flush} />
          <div className="editor-panes">
            {mode !== 'preview' ? (
              <div className="editor-pane editor-pane-source">
                <MarkdownEditor ref={editor} value={draft.body} onChange={changeBody} onBlur={flush} onPaste={onPaste} onFiles={attachments.onFiles} onCursor={(offset) => rememberCursor(episode.id, offset)} />
              </div>
            ) : null}
            {mode !== 'write' ? (
              <div className="editor-pane editor-pane-preview" aria-label="Preview" data-testid="preview">
                <h1 className="preview-title">{draft.title || 'Untitled episode'}</h1>
                <MarkdownPreview markdown={deferredBody} episodeId={episode.id} />
              </div>
            ) : null}
          </div>
        </div>
        <aside className="editor-side" aria-label="Outline and sections">
          <span className="editor-stats" data-testid="editor-stats">
            {deferredBody || !draft.body ? statsText(stats) : '\u00a0'}
          </span>
          <h2>Outline</h2>
          <Outline
            items={outline}
            onJump={jumpToLine}
            onKind={setKind}
          />
          <HistorySection episodeId={episode.id} currentBody={() => latest().body} beforeRestore={async () => void (await scheduler?.flush())} onRestored={onReload} />
        </aside>
      </div>
    </div>
  );
}
