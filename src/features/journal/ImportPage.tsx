// Import: pick, drop or paste; a preview of what each file becomes; duplicates get skip/replace/keep both.
import { useEffect, useRef, useState, type DragEvent } from 'react';
import { useNavigate } from 'react-router';
import { getEpisodesRepo } from '../../data/episodes-store';
import { useHost } from '../../host';
import { PageHeader } from '../../ui/page';
import { IMPORT_EXTENSIONS, planImport, prepareImport, type DuplicateChoice, type ImportCandidate, type ImportSource } from './import-data';
import { readDroppedFiles, takePendingImport } from './import-store';
import { useJournalReady } from './journal-start';
import { JournalTabs } from './JournalTabs';
import { ImportPreviewItem, type PreviewEntry } from './ImportPreviewItem';
import { PasteDialog } from './PasteDialog';
import { showToast } from '../../ui/toast-store';
import './journal.css';

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

  const add = useRef(async (sources: ImportSource[]) => {
    const prepared = await Promise.all(sources.map((source) => withDuplicates(prepareImport(source))));
    setEntries((current) => [...current, ...prepared]);
  }).current;

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
      done = (await repo.writeMany(plan, (n) => setProgress((done = n)))).length;
      showToast({ message: `Imported ${done} ${done === 1 ? 'episode' : 'episodes'}.` });
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
