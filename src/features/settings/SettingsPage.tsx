import { useEffect, useState } from 'react';
import { useLocation } from 'react-router';
import { useHost } from '../../host';
import type { AppInfo } from '../../shared/bridge';
import { MonitorIcon, MoonIcon, SunIcon } from '../../ui/icons';
import { PageHeader } from '../../ui/page';
import { useTheme, type ThemePreference } from '../../ui/theme';
import { BackupSection } from './BackupSection';
import { DaysOffSection } from './DaysOffSection';
import { HistorySettingsSection } from './HistorySettingsSection';
import { JournalFolderSection } from './JournalFolderSection';
import { PreferencesSection } from './PreferencesSection';
import { ResetSection } from './ResetSection';
import { PublishSettingsSection } from '../publish';
import { errorMessage } from '../../shared/error-message';

const themeChoices: { value: ThemePreference; label: string; icon: typeof SunIcon }[] = [
  { value: 'system', label: 'System', icon: MonitorIcon },
  { value: 'light', label: 'Light', icon: SunIcon },
  { value: 'dark', label: 'Dark', icon: MoonIcon },
];

export function SettingsPage() {
  const host = useHost();
  const { preference, setPreference } = useTheme();
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [infoError, setInfoError] = useState<string | null>(null);

  // `/settings#publishing` (from the publish check) opens on that section.
  const { hash } = useLocation();
  useEffect(() => {
    if (!hash) return;
    const section = document.getElementById(hash.slice(1));
    section?.scrollIntoView({ block: 'start' });
    section?.querySelector<HTMLElement>('input, select, button')?.focus({ preventScroll: true });
  }, [hash]);

  useEffect(() => {
    host.appInfo().then(setInfo, (error: unknown) => setInfoError(errorMessage(error)));
  }, [host]);

  return (
    <div className="page">
      <PageHeader title="Settings" />
      <section className="settings-section" aria-labelledby="appearance">
        <div>
          <h2 id="appearance">Appearance</h2>
          <p className="section-help">Follow your system, or pick a theme.</p>
        </div>
        <div className="segmented" role="group" aria-label="Theme">
          {themeChoices.map(({ value, label, icon: Icon }) => (
            <button key={value} type="button" aria-pressed={preference === value} onClick={() => setPreference(value)}>
              <Icon />
              {label}
            </button>
          ))}
        </div>
      </section>
      <PreferencesSection />
      <PublishSettingsSection />
      <DaysOffSection />
      <JournalFolderSection />
      <BackupSection />
      <HistorySettingsSection />
      <ResetSection />
      <section className="settings-section" aria-labelledby="about">
        <div>
          <h2 id="about">About</h2>
          <p className="section-help">Episodes works offline; nothing leaves this computer.</p>
        </div>
        {info ? (
          <dl className="kv">
            <dt>Version</dt>
            <dd data-testid="app-version">{info.version}</dd>
            <dt>Platform</dt>
            <dd>{info.platform}</dd>
            <dt>Electron</dt>
            <dd>{info.electron}</dd>
            <dt>Chromium</dt>
            <dd>{info.chrome}</dd>
          </dl>
        ) : (
          <p className="hint">{infoError ?? 'Loading…'}</p>
        )}
      </section>
    </div>
  );
}
