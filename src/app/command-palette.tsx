// Ctrl/Cmd+K: go anywhere, open any episode by title, start the week's work.
import { Command } from 'cmdk';
import { useEffect, useRef, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { useCertificationList } from '../data/certifications-store';
import { useEpisodeList } from '../data/episodes-store';
import { calculators } from '../domain/stats';
import { isoWeekFromWeekOf } from '../domain/week';
import { useNewEpisode } from '../features/journal/new-episode';
import { sections } from './sections';
import './command-palette.css';

interface PaletteProps {
  open: boolean;
  onClose: () => void;
  onShowShortcuts: () => void;
}

export function CommandPalette(props: PaletteProps) {
  const [newEpisodeDialog, createEpisode] = useNewEpisode();
  return (
    <>
      {props.open ? <PaletteBody {...props} createEpisode={createEpisode} /> : null}
      {newEpisodeDialog}
    </>
  );
}

/** Mounted only while open, so its live queries cost nothing the rest of the time. */
function PaletteBody({ onClose, onShowShortcuts, createEpisode }: PaletteProps & { createEpisode: () => Promise<void> }) {
  const navigate = useNavigate();
  const episodes = useEpisodeList();
  const certifications = useCertificationList()?.certifications;
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    input.current?.focus();
  }, []);

  const run = (action: () => void) => () => {
    onClose();
    action();
  };
  const go = (path: string) => run(() => void navigate(path));
  const item = (value: string, label: ReactNode, onSelect: () => void, hint?: string) => (
    <Command.Item key={value} value={value} onSelect={onSelect}>
      <span className="palette-label">{label}</span>
      {hint ? <span className="palette-hint">{hint}</span> : null}
    </Command.Item>
  );
  const activeCertifications = (certifications ?? []).filter((c) => !c.archived);

  return (
    <div className="palette-backdrop" onMouseDown={onClose}>
      <div className="palette" role="dialog" aria-modal="true" aria-label="Command palette" onMouseDown={(e) => e.stopPropagation()}>
        <Command label="Command palette" loop onKeyDown={(e) => e.key === 'Escape' && onClose()}>
          <Command.Input ref={input} placeholder="Type a command, an episode or a calculator…" />
          <Command.List>
            <Command.Empty>Nothing matches. Try a section name, an episode title or a calculator.</Command.Empty>
            <Command.Group heading="Actions">
              {item('New episode for this week', 'New episode for this week', run(() => void createEpisode()), 'Ctrl N')}
              {item('Start practice', 'Start practice', go('/practice'))}
              {item('Import episodes', 'Import episodes…', go('/journal/import'))}
              {activeCertifications.map((c) => item(`Log study time ${c.name}`, `Log study time: ${c.name}`, go(`/certifications/${c.id}?log=1`)))}
              {item('Keyboard shortcuts help', 'Keyboard shortcuts', run(onShowShortcuts), '?')}
            </Command.Group>
            <Command.Group heading="Go to">
              {sections.map((s) => item(`Go to ${s.label}`, s.label, go(s.path)))}
              {item('Go to Trash', 'Trash', go('/journal/trash'))}
              {item('Go to Tags', 'Tags', go('/journal/tags'))}
              {item('Go to Sections', 'Sections (read one kind across episodes)', go('/journal/sections'))}
            </Command.Group>
            <Command.Group heading="Calculators">
              {Object.values(calculators).map((c) => item(`Calculator ${c.title} ${c.id}`, c.title, go(`/calculators/${c.id}`)))}
            </Command.Group>
            {episodes && episodes.length > 0 ? (
              <Command.Group heading="Episodes">
                {episodes.map((e) =>
                  item(`Episode ${e.title} ${e.id}`, e.title || 'Untitled episode', go(`/journal/${e.id}`), e.weekOf ? isoWeekFromWeekOf(e.weekOf) : undefined),
                )}
              </Command.Group>
            ) : null}
            {certifications && certifications.length > 0 ? (
              <Command.Group heading="Certifications">
                {certifications.map((c) => item(`Certification ${c.name} ${c.id}`, c.name, go(`/certifications/${c.id}`)))}
              </Command.Group>
            ) : null}
          </Command.List>
        </Command>
      </div>
    </div>
  );
}
