// Publish the site: the published episodes as a folder of pages, tag pages, feeds and a sitemap,
// zipped for any static host (or to open from disk), or on the desktop written into a folder and
// rewritten there incrementally (only what changed).
import { useEffect, useState } from 'react';
import { getSettingsRepo, useSetting } from '../../data/settings-store';
import type { SiteEntry } from '../../domain/publish';
import { useHost } from '../../host';
import { errorMessage } from '../../shared/error-message';
import { Callout } from '../../ui/Callout';
import { ModalDialog } from '../../ui/modal-dialog';
import { showToast } from '../../ui/toast-store';
import { useConfirm } from '../../ui/ConfirmDialog';
import { buildSiteFiles, buildSiteZip, loadSiteEntries, summarize } from './site-export';
import { describeSiteFolderOutcome, writeSiteToFolder } from './site-folder-export';
import './publish.css';

const SITE_URL = /^https?:\/\/[^\s/]+\.[^\s]+$/i;

export function SiteDialog({ onClose }: { onClose(): void }) {
  const host = useHost();
  const settings = useSetting('publish');
  const [entries, setEntries] = useState<SiteEntry[] | { error: string } | null>(null);
  const [title, setTitle] = useState<string | null>(null);
  const [siteUrl, setSiteUrl] = useState<string | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number; what: string } | null>(null);
  const [written, setWritten] = useState<{ folder: string; text: string } | null>(null);
  const [confirmDialog, confirm] = useConfirm();
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    loadSiteEntries().then(setEntries, (error: unknown) => setEntries({ error: errorMessage(error) }));
  }, []);

  const titleText = title ?? (settings?.seriesName || 'Learning in public');
  const urlText = siteUrl ?? settings?.siteUrl ?? '';
  const urlProblem = urlText.trim() && !SITE_URL.test(urlText.trim()) ? 'The address starts with https:// (https://me.example).' : null;
  const summary = entries && !('error' in entries) ? summarize(entries) : null;

  const buildOptions = () => ({ title: titleText.trim() || 'Learning in public', siteUrl: urlText.trim(), onProgress: (done: number, total: number) => setProgress({ done, total, what: 'pages' }) });
  const remember = () => getSettingsRepo().update('publish', (current) => ({ ...current, seriesName: titleText.trim(), siteUrl: urlText.trim() }));

  async function writeToFolder() {
    if (!entries || 'error' in entries || urlProblem) return;
    setFailure(null);
    setWritten(null);
    try {
      const chosen = await host.siteFolder.choose();
      if (!chosen.chosen) return;
      if (chosen.otherFiles > 0 && !chosen.wroteBefore) {
        const ok = await confirm({
          title: 'Write the site beside other files?',
          body: `${chosen.folder} holds ${chosen.otherFiles.toLocaleString('en')} ${chosen.otherFiles === 1 ? 'file' : 'files'} that Episodes did not write. They are left as they are; the site’s pages go beside them.`,
          confirmLabel: 'Write the site here',
        });
        if (!ok) return;
      }
      setProgress({ done: 0, total: summary?.published ?? 0, what: 'pages' });
      const site = await buildSiteFiles(entries, buildOptions());
      await remember();
      setProgress({ done: 0, total: site.files.size, what: 'files' });
      const outcome = await writeSiteToFolder(host.siteFolder, site, (done, total) => setProgress({ done, total, what: 'files' }));
      setProgress(null);
      setWritten({ folder: chosen.folder, text: describeSiteFolderOutcome(outcome) });
    } catch (error) {
      setProgress(null);
      setFailure(errorMessage(error));
    }
  }

  async function exportSite() {
    if (!entries || 'error' in entries || urlProblem) return;
    setFailure(null);
    setProgress({ done: 0, total: summary?.published ?? 0, what: 'pages' });
    try {
      const { zip, site, name } = await buildSiteZip(entries, buildOptions());
      await remember();
      const outcome = await host.saveFile({ title: 'Export the site', suggestedName: name, mimeType: 'application/zip', filters: [{ name: 'Zip archive', extensions: ['zip'] }], data: zip });
      setProgress(null);
      if (outcome.saved) {
        showToast({ message: `Exported the site (${site.episodes} ${site.episodes === 1 ? 'episode' : 'episodes'}, ${site.files.size} files) to ${outcome.where}.` });
        onClose();
      }
    } catch (error) {
      setProgress(null);
      setFailure(errorMessage(error));
    }
  }

  return (
    <ModalDialog labelledBy="site-title" className="dialog-wide" onClose={onClose}>
      <h2 id="site-title">Publish the site</h2>
      <p className="dialog-body">
        Your published episodes as a website: an index by week, one page per episode, tag pages, an Atom and RSS feed and a sitemap. It opens from disk and
        goes to any static host (GitHub Pages, Netlify, your own server). Light and dark follow the reader’s system; no JavaScript.
      </p>
      {entries && 'error' in entries ? <Callout tone="danger">The journal could not be read: {entries.error}</Callout> : null}
      <div className="settings-stack">
        <div className="field">
          <label htmlFor="site-title-input">Site title (the series name)</label>
          <input id="site-title-input" className="input" value={titleText} onChange={(e) => setTitle(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="site-url-input">Site address</label>
          <input
            id="site-url-input"
            className="input"
            value={urlText}
            placeholder="https://me.example"
            aria-invalid={urlProblem ? true : undefined}
            aria-describedby="site-url-hint"
            onChange={(e) => setSiteUrl(e.target.value)}
          />
          <span id="site-url-hint" className={urlProblem ? 'field-error' : 'hint'}>
            {urlProblem ?? (urlText.trim() ? 'The feeds and the sitemap link to pages under this address.' : 'Without it the feeds and the sitemap are left out: they need full addresses.')}
          </span>
        </div>
      </div>
      {summary ? (
        summary.published === 0 ? (
          <Callout tone="warning" data-testid="site-summary">
            No episode is marked Published yet. The site holds published episodes only: set an episode’s status to Published in the editor.
          </Callout>
        ) : (
          <p className="hint" data-testid="site-summary">
            {summary.published} published {summary.published === 1 ? 'episode' : 'episodes'}
            {summary.drafts ? `; ${summary.drafts} ${summary.drafts === 1 ? 'draft is' : 'drafts are'} left out` : ''}.
          </p>
        )
      ) : (
        <p className="hint">Reading the journal…</p>
      )}
      {progress ? (
        <div className="site-progress">
          <progress max={Math.max(progress.total, 1)} value={progress.done} aria-label="Building the site" />
          <span className="hint">
            {progress.done.toLocaleString('en')} of {progress.total.toLocaleString('en')} {progress.what}
          </span>
        </div>
      ) : null}
      {failure ? <Callout tone="danger">The site was not exported: {failure}</Callout> : null}
      {written ? (
        <Callout tone="success" role="status" data-testid="site-written">
          The site is in {written.folder}. {written.text}
        </Callout>
      ) : null}
      <div className="dialog-actions">
        <button type="button" className="btn" onClick={onClose}>
          {written ? 'Close' : 'Cancel'}
        </button>
        {host.capabilities.siteFolder ? (
          <button type="button" className="btn" disabled={!summary?.published || Boolean(urlProblem) || progress !== null} onClick={() => void exportSite()}>
            Export as .zip…
          </button>
        ) : null}
        <button
          type="button"
          className="btn btn-primary"
          disabled={!summary?.published || Boolean(urlProblem) || progress !== null}
          onClick={() => void (host.capabilities.siteFolder ? writeToFolder() : exportSite())}
        >
          {host.capabilities.siteFolder ? 'Write to a folder…' : 'Export the site (.zip)…'}
        </button>
      </div>
      {confirmDialog}
    </ModalDialog>
  );
}
