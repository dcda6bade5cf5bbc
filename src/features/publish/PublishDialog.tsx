// Publish one episode for a blog platform or a site generator: pick the target (the journal's
// default first), read the pre-publish check, look at the file, export it.
import { useEffect, useMemo, useState } from 'react';
import { withChartImages } from '../../data/charts-store';
import { getSettingsRepo, useSetting } from '../../data/settings-store';
import type { EpisodeDraft } from '../../domain/episode';
import { buildPost, bundlePost, defaultPublishSettings, prePublishCheck, PUBLISH_PROFILE_IDS, PUBLISH_PROFILES, type PublishField, type PublishIssue, type PublishProfileId } from '../../domain/publish';
import { useHost } from '../../host';
import { errorMessage } from '../../shared/error-message';
import { Callout } from '../../ui/Callout';
import { ModalDialog } from '../../ui/modal-dialog';
import { reportError } from '../../ui/report-error';
import { showToast } from '../../ui/toast-store';
import { loadJournalFacts, postZip, withSettings, type JournalFacts } from './publish-data';
import './publish.css';

export interface PublishDialogProps {
  episodeId: string;
  draft: EpisodeDraft;
  onClose(): void;
  /** Go to a line of the body (the dialog closes first). */
  onJumpLine(line: number): void;
  /** Go to a field of the header, or to the publishing settings. */
  onJumpField(field: PublishField): void;
}

const fieldLabels: Record<PublishField, string> = { title: 'Title', tags: 'Tags', status: 'Status', week: 'Week', settings: 'Settings' };
const where = (issue: PublishIssue) => ('line' in issue.at ? `Line ${issue.at.line}` : fieldLabels[issue.at.field]);

export function PublishDialog({ episodeId, draft, onClose, onJumpLine, onJumpField }: PublishDialogProps) {
  const host = useHost();
  const settings = useSetting('publish');
  const [chosen, setChosen] = useState<PublishProfileId | null>(null);
  const [facts, setFacts] = useState<JournalFacts | { error: string } | null>(null);
  // The episode as posted: its chart blocks drawn as images (the check reads the episode as written, for its line numbers).
  const [posted, setPosted] = useState<EpisodeDraft | null>(null);
  const profile = chosen ?? settings?.defaultProfile ?? defaultPublishSettings.defaultProfile;

  useEffect(() => {
    let live = true;
    Promise.all([loadJournalFacts(episodeId, draft), withChartImages(draft)]).then(
      ([loaded, charted]) => {
        if (!live) return;
        setFacts(loaded);
        setPosted(charted);
      },
      (error: unknown) => live && setFacts({ error: errorMessage(error) }),
    );
    return () => {
      live = false;
    };
  }, [episodeId, draft]);

  const ready = useMemo(() => (facts && !('error' in facts) && settings ? withSettings(facts, settings) : null), [facts, settings]);
  const post = useMemo(() => (ready && posted ? buildPost(posted, profile, ready) : null), [posted, profile, ready]);
  const issues = useMemo(() => (ready ? prePublishCheck(draft, profile, ready) : null), [draft, profile, ready]);
  const problems = issues?.filter((issue) => issue.severity === 'problem').length ?? 0;

  async function exportPost() {
    if (!post) return;
    try {
      // With images: a folder for the post (zipped), the images beside it and the links pointing there.
      const bundle = bundlePost(post);
      const stem = post.fileName.replace(/\.md$/, '');
      const request = bundle.images.length
        ? {
            suggestedName: `${stem}.zip`,
            mimeType: 'application/zip',
            filters: [{ name: 'Zip archive', extensions: ['zip'] }],
            data: await postZip(stem, post.fileName, bundle),
          }
        : { suggestedName: post.fileName, mimeType: 'text/markdown', filters: [{ name: 'Markdown', extensions: ['md'] }], data: post.text };
      const outcome = await host.saveFile({ title: `Export for ${PUBLISH_PROFILES[profile].label}`, ...request });
      if (outcome.saved) {
        showToast({ message: `Exported “${draft.title}” for ${PUBLISH_PROFILES[profile].label} to ${outcome.where}.` });
        onClose();
      }
    } catch (error) {
      reportError(error, 'The post was not exported');
    }
  }

  function makeDefault() {
    getSettingsRepo()
      .update('publish', (current) => ({ ...current, defaultProfile: profile }))
      .catch((error: unknown) => reportError(error, 'The default could not be saved'));
  }

  const jump = (issue: PublishIssue) => {
    onClose();
    if ('line' in issue.at) onJumpLine(issue.at.line);
    else onJumpField(issue.at.field);
  };

  return (
    <ModalDialog labelledBy="publish-title" className="dialog-wide publish-dialog" onClose={onClose}>
      <h2 id="publish-title">Publish “{draft.title.trim() || 'Untitled'}”</h2>
      <div className="publish-targets" role="radiogroup" aria-label="Publish for">
        {PUBLISH_PROFILE_IDS.map((id) => (
          <label key={id} className="publish-target" data-checked={id === profile || undefined}>
            <input type="radio" name="publish-target" value={id} checked={id === profile} onChange={() => setChosen(id)} />
            <span className="publish-target-name">{PUBLISH_PROFILES[id].label}</span>
            <span className="publish-target-hint">{PUBLISH_PROFILES[id].hint}</span>
          </label>
        ))}
      </div>
      {settings && profile !== settings.defaultProfile ? (
        <button type="button" className="btn btn-ghost btn-small publish-default" onClick={makeDefault}>
          Make {PUBLISH_PROFILES[profile].label} this journal’s default
        </button>
      ) : (
        <p className="hint publish-default">{PUBLISH_PROFILES[profile].label} is this journal’s default.</p>
      )}
      {facts && 'error' in facts ? (
        <Callout tone="danger">The journal could not be read for the check: {facts.error}</Callout>
      ) : !issues || !post ? (
        <p className="hint" role="status">
          Checking…
        </p>
      ) : (
        <>
          <h3 className="publish-subhead">Before you publish</h3>
          {issues.length === 0 ? (
            <Callout tone="success" data-testid="publish-check-clear">
              Nothing needs a look: no missing files or links, no empty sections, tags and front matter fit {PUBLISH_PROFILES[profile].label}.
            </Callout>
          ) : (
            <ul className="publish-issues" aria-label="Pre-publish check">
              {issues.map((issue, index) => (
                <li key={index} className={`publish-issue publish-issue-${issue.severity}`}>
                  <span className="publish-issue-kind">{issue.severity === 'problem' ? 'Fix' : 'Look'}</span>
                  <span className="publish-issue-text">{issue.message}</span>
                  <button type="button" className="btn btn-ghost btn-small" onClick={() => jump(issue)} aria-label={`Show: ${issue.message}`}>
                    {where(issue)} →
                  </button>
                </li>
              ))}
            </ul>
          )}
          <details className="publish-file">
            <summary>
              The file: <code>{post.fileName}</code>
            </summary>
            <pre tabIndex={0} aria-label="The exported file">
              {post.text}
            </pre>
          </details>
        </>
      )}
      <div className="dialog-actions">
        <button type="button" className="btn" onClick={onClose}>
          Cancel
        </button>
        <button type="button" className="btn btn-primary" disabled={!post} onClick={() => void exportPost()}>
          {problems ? `Export anyway (${problems} to fix)…` : `Export for ${PUBLISH_PROFILES[profile].label}…`}
        </button>
      </div>
    </ModalDialog>
  );
}
