// Settings → Publishing: the journal's default target, the series and the person's sites.
import { useState } from 'react';
import { CommitField } from '../../ui/CommitField';
import { getSettingsRepo, useSetting } from '../../data/settings-store';
import { defaultPublishSettings, PUBLISH_PROFILE_IDS, PUBLISH_PROFILES, type PublishProfileId, type PublishSettings } from '../../domain/publish';
import { errorMessage } from '../../shared/error-message';
import './publish.css';

type TextKey = 'seriesName' | 'siteUrl' | 'hashnodeDomain';

const saveText = (field: TextKey) => (text: string) => getSettingsRepo().update('publish', (current) => ({ ...current, [field]: text.trim() }));

export function PublishSettingsSection() {
  const settings: PublishSettings = useSetting('publish') ?? defaultPublishSettings;
  const [error, setError] = useState<string | null>(null);
  const choose = (id: PublishProfileId) =>
    getSettingsRepo()
      .update('publish', (current) => ({ ...current, defaultProfile: id }))
      .then(() => setError(null), (e: unknown) => setError(errorMessage(e)));
  return (
    <section className="settings-section" id="publishing" aria-labelledby="publishing-title">
      <div>
        <h2 id="publishing-title">Publishing</h2>
        <p className="section-help">Where your episodes go: the editor’s Publish (Ctrl/⌘ Shift E) starts with this target and checks the post for it.</p>
      </div>
      <div className="settings-stack publish-settings">
        <div className="field">
          <label htmlFor="publish-default-profile">Default target</label>
          <select id="publish-default-profile" className="input" value={settings.defaultProfile} onChange={(e) => void choose(e.target.value as PublishProfileId)}>
            {PUBLISH_PROFILE_IDS.map((id) => (
              <option key={id} value={id}>
                {PUBLISH_PROFILES[id].label}
              </option>
            ))}
          </select>
          {error ? <span className="field-error">{error}</span> : null}
        </div>
        <CommitField
          id="publish-series"
          label="Series name"
          commit={saveText('seriesName')}
          value={settings.seriesName}
          placeholder="Learning in public"
          hint="Gives each post “Episode 5 of …” with links to the previous and next episodes, and dev.to’s series."
        />
        <CommitField
          id="publish-site"
          label="Your site’s address"
          commit={saveText('siteUrl')}
          value={settings.siteUrl}
          placeholder="https://me.example"
          hint="Cross-posts (dev.to, Hashnode) point search engines at your own page, and dev.to posts link to it."
        />
        <CommitField
          id="publish-hashnode"
          label="Hashnode blog domain"
          commit={saveText('hashnodeDomain')}
          value={settings.hashnodeDomain}
          placeholder="me.hashnode.dev"
          hint="Hashnode needs it in every post it publishes from a repository."
        />
      </div>
    </section>
  );
}
