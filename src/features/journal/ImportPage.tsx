// Import: pick, drop or paste; a preview of what each file becomes; duplicates get skip/replace/keep both.
import { useEffect, useRef, useState, type DragEvent } from 'react';
import { useNavigate } from 'react-router';
import { getEpisodesRepo } from '../../data/episodes-store';
import { loadKindKnowledge, rememberKindCorrection } from '../../data/kind-knowledge';
import type { EpisodeDraft, ParseOptions, SectionKind } from '../../domain/episode';
import { setSectionKind } from '../../domain/episode';
import { useHost } from '../../host';
import { PageHeader } from '../../ui/page';
import { IMPORT_EXTENSIONS, planImport, prepareImport, type DuplicateChoice, type ImportCandidate, type ImportSource } from './import-data';
import { readDroppedFiles, takePendingImport } from './import-store';
import { useJournalReady } from './journal-start';
import { JournalTabs } from './JournalTabs';
import { ImportPreviewItem, type PreviewEntry } from './ImportPreviewItem';
import { PasteDialog } from '../../ui/PasteDialog';
import { showToast } from '../../ui/toast-store';
import './journal.css';
import './import-page.css';

function withWeek(draft: EpisodeDraft, weekOf: string | undefined): EpisodeDraft {
  const { weekOf: _old, ...rest } = draft;
  return weekOf ? { ...rest, weekOf } : rest;
}

async function withDuplicates(candidate: ImportCandidate): Promise<PreviewEntry> {
  if (!('draft' in candidate)) return { candidate, duplicates: [], choice: 'skip' };
  const duplicates = await getEpisodesRepo().findDuplicates(candidate.draft.title, candidate.draft.weekOf);
  return { candidate, duplicates: duplicates.map((d) => ({ id: d.id, title: d.title })), choice: 'skip' };
}

export function ImportPage() {
  useJournalReady();
  const host = useHost();
  const navigate = useNavigate();
  const [entries, setEntries] = useState<PreviewEntry[]>([]);
  const [pasting, setPasting] = useState(false);
  const [saving, setSaving] = useState(false);
  const [progress, setProgress] = useState(0);
  const [dragging, setDragging] = useState(false);

  // What the app knows about the person's section kinds, read once for the screen.
  const knowledge = useRef<Promise<ParseOptions> | null>(null);
  const add = useRef(async (sources: ImportSource[]) => {
    knowledge.current ??= loadKindKnowledge().catch(() => ({}));
    const known = await knowledge.current;
    const prepared = await Promise.all(sources.map((source) => withDuplicates(prepareImport(source, known))));
    setEntries((current) => [...current, ...prepared]);
  }).current;

  const updateDraft = (key: string, change: (draft: EpisodeDraft) => EpisodeDraft) =>
    setEntries((all) => all.map((e) => (e.candidate.key === key && 'draft' in e.candidate ? { ...e, candidate: { ...e.candidate, draft: change(e.candidate.draft) } } : e)));

  const chooseWeek = async (key: string, weekOf: string | undefined) => {
    updateDraft(key, (draft) => withWeek(draft, weekOf));
    // A new week can meet (or leave) an episode already in the journal.
    const entry = entries.find((e) => e.candidate.key === key);
    if (!entry || !('draft' in entry.candidate)) return;
    const found = await getEpisodesRepo().findDuplicates(entry.candidate.draft.title, weekOf);
    const duplicates = found.map((d) => ({ id: d.id, title: d.title }));
    setEntries((all) => all.map((e) => (e.candidate.key === key && 'draft' in e.candidate && e.candidate.draft.weekOf === weekOf ? { ...e, duplicates } : e)));
  };

  const chooseKind = (key: string, index: number, kind: SectionKind) => {
    const entry = entries.find((e) => e.candidate.key === key);
    const heading = entry && 'draft' in entry.candidate ? entry.candidate.draft.sections[index]?.heading : undefined;
    updateDraft(key, (draft) => setSectionKind(draft, index, kind));
    // Remembered for the heading: next week's post with it gets this kind.
    if (heading) void rememberKindCorrection(heading, kind).then(() => (knowledge.current = null));
  };

  useEffect(() => {
    const pending = takePendingImport();
    if (pending.length) void add(pending);
  }, [add]);

  const choose = async () => {
    const picked = await host.openFiles({ title: 'Import episodes', filters: [{ name: 'Markdown or text', extensions: [...IMPORT_EXTENSIONS] }], multiple: true });
    await add(picked.map((file) => ('error' in file ? { name: file.name, size: file.size, error: file.error } : { name: file.name, size: file.size, data: file.data })));
  };

  const plan = planImport(
    entries.flatMap((e) => ('draft' in e.candidate ? [{ draft: e.candidate.draft, duplicateIds: e.duplicates.map((d) => d.id), choice: e.choice }] : [])),
  );

  const save = async () => {
    setSaving(true);
    setProgress(0);
    const repo = getEpisodesRepo();
    let done = 0;
    try {
      const written = await repo.writeMany(plan, (n) => setProgress((done = n)));
      done = written.length;
      const first = written[0];
      showToast({
        message: `Imported ${done} ${done === 1 ? 'episode' : 'episodes'}.`,
        ...(first ? { action: { label: done === 1 ? 'Open episode' : `Open “${first.title || 'Untitled episode'}”`, run: () => void navigate(`/journal/${first.id}`) } } : {}),
      });
      void navigate('/journal');
    } catch (error) {
      showToast({ message: `Imported ${done} of ${plan.length}; then: ${String(error)}`, tone: 'danger' }, 15_000);
      setSaving(false);
    }
  };

  const onDrop = async (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    await add(await readDroppedFiles(Array.from(event.dataTransfer.files)));
  };

  return (
    <div
      className={`page journal-page${dragging ? ' is-dragging' : ''}`}
      onDragOver={(e) => {
        if (!e.dataTransfer.types.includes('Files')) return;
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={(e) => !e.currentTarget.contains(e.relatedTarget as Node | null) && setDragging(false)}
      onDrop={(e) => void onDrop(e)}
    >
      <PageHeader title="Journal" subtitle="Bring in posts you already wrote: markdown files, plain text, or text pasted from a blog." />
      <JournalTabs />
      <div className="import-actions">
        <button type="button" className="btn btn-primary" onClick={() => void choose()}>
          Choose files…
        </button>
        <button type="button" className="btn" onClick={() => setPasting(true)}>
          Paste text…
        </button>
        <span className="hint">.md, .markdown or .txt, up to 5 MB each · several at once · or drop them here</span>
      </div>
      {entries.length === 0 ? (
        <div className="import-drop" data-testid="import-drop">
          <p>Drop files here, choose them, or paste text.</p>
          <p className="hint">Nothing is saved until you check the preview and press Import. Every word of the text is kept.</p>
        </div>
      ) : (
        <>
          <ul className="import-list" aria-label="Import preview">
            {entries.map((entry, index) => (
              <ImportPreviewItem
                key={entry.candidate.key}
                entry={entry}
                onChoice={(choice: DuplicateChoice) => setEntries((all) => all.map((e, i) => (i === index ? { ...e, choice } : e)))}
                onKind={(section, kind) => chooseKind(entry.candidate.key, section, kind)}
                onWeek={(weekOf) => void chooseWeek(entry.candidate.key, weekOf)}
                onRemove={() => setEntries((all) => all.filter((_, i) => i !== index))}
              />
            ))}
          </ul>
          <div className="import-footer">
            <button type="button" className="btn btn-primary" disabled={plan.length === 0 || saving} onClick={() => void save()}>
              {plan.length === 1 ? 'Import 1 episode' : `Import ${plan.length} episodes`}
            </button>
            {saving && plan.length > 1 ? (
              <span className="hint" role="status">
                Imported {progress.toLocaleString('en')} of {plan.length.toLocaleString('en')}…
              </span>
            ) : null}
            <button type="button" className="btn btn-ghost" onClick={() => setEntries([])} disabled={saving}>
              Clear
            </button>
          </div>
        </>
      )}
      {pasting ? (
        <PasteDialog
          title="Paste an episode"
          hint="Markdown or plain text. In plain text, short lines followed by paragraphs become section headings."
          label="Text to import"
          placeholder={'Episode 7: The week the pipeline ran\n\nWeekly Highlights\n- …'}
          confirmLabel="Preview"
          onClose={(text) => {
            setPasting(false);
            if (text !== null) void add([{ name: '', text }]);
          }}
        />
      ) : null}
      {dragging ? (
        <div className="drop-overlay" aria-hidden="true">
          Drop .md, .markdown or .txt files to import them
        </div>
      ) : null}
    </div>
  );
}
