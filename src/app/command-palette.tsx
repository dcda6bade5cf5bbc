// Ctrl/Cmd+K: go anywhere, open any episode by title or by what it says (the journal's search),
// start the week's work. Entries are ranked by paletteScore: exact words and initials first.
import { Command } from 'cmdk';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useNavigate } from 'react-router';
import { useCertificationList } from '../data/certifications-store';
import { useEpisodeList, useSearch } from '../data/episodes-store';
import { isoWeekFromWeekOf } from '../domain/week';
import { BEST_MATCHES, rankEntries, type PaletteEntry } from './palette-data';
import { useHost } from '../host';
import { commandIds, commands, shortcutKeys, type CommandSpec, type Platform } from '../shared/commands';
import { useCalculatorList } from '../ui/calculator-list';
import { commandRunner } from '../ui/commands';
import './command-palette.css';

/** Hits of the journal's full-text search shown under the other entries. */
const TEXT_SEARCH = { limit: 5 };

interface PaletteProps {
  open: boolean;
  onClose: () => void;
}

export function CommandPalette(props: PaletteProps) {
  return props.open ? <PaletteBody {...props} /> : null;
}

/** The table's palette rows (the dynamic ones, episodes and certifications, are added beside them). */
function tableEntries(group: 'Actions' | 'Go to', platform: Platform, run: (id: (typeof commandIds)[number]) => () => void): PaletteEntry[] {
  return commandIds.flatMap((id) => {
    const spec: CommandSpec = commands[id];
    if (spec.palette !== group) return [];
    const hints = (spec.shortcuts ?? []).map((shortcut) => shortcutKeys(shortcut, platform).join(' '));
    const hint = hints.sort((a, b) => a.length - b.length)[0];
    const value = group === 'Go to' ? `Go to ${spec.title}` : [spec.title.replace(/…$/, ''), spec.keywords].filter(Boolean).join(' ');
    return [{ group, value, label: spec.title, onSelect: run(id), ...(hint ? { hint } : {}) }];
  });
}

/** Mounted only while open, so its live queries cost nothing the rest of the time. */
function PaletteBody({ onClose }: PaletteProps) {
  const navigate = useNavigate();
  const host = useHost();
  const episodes = useEpisodeList();
  const certifications = useCertificationList()?.certifications;
  const input = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState('');
  const text = useSearch(query.trim().length >= 3 ? query : '', true, TEXT_SEARCH);

  useEffect(() => {
    input.current?.focus();
  }, []);

  const run = (action: () => void) => () => {
    onClose();
    action();
  };
  const go = (path: string) => run(() => void navigate(path));
  const activeCertifications = (certifications ?? []).filter((c) => !c.archived);
  const calculators = useCalculatorList();
  const command = (id: (typeof commandIds)[number]) => run(() => commandRunner(id, (path) => void navigate(path))?.());
  const entries: PaletteEntry[] = [
    ...tableEntries('Actions', host.platform, command),
    ...activeCertifications.map((c) => ({ group: 'Actions', value: `Log study time ${c.name}`, label: `Log study time: ${c.name}`, onSelect: go(`/certifications/${c.id}?log=1`) })),
    ...tableEntries('Go to', host.platform, command),
    ...(calculators ?? []).map((c) => ({ group: 'Calculators', value: `Calculator ${c.title} ${c.id}`, label: c.title, onSelect: go(`/calculators/${c.id}`) })),
    ...(episodes ?? []).map((e) => ({ group: 'Episodes', value: `Episode ${e.title} ${e.id}`, label: e.title || 'Untitled episode', onSelect: go(`/journal/${e.id}`), hint: e.weekOf ? isoWeekFromWeekOf(e.weekOf) : undefined })),
    ...(certifications ?? []).map((c) => ({ group: 'Certifications', value: `Certification ${c.name} ${c.id}`, label: c.name, onSelect: go(`/certifications/${c.id}`) })),
  ];
  const groups = rankEntries(entries, query);
  // Enter pressed before the episodes and certifications are read opens the best match once they are.
  const loading = episodes === undefined || certifications === undefined;
  const [pendingEnter, setPendingEnter] = useState(false);
  const bestEntry = useRef<PaletteEntry | undefined>(undefined);
  useEffect(() => {
    bestEntry.current = groups[0]?.entries[0];
  });
  useEffect(() => {
    if (loading || !pendingEnter) return;
    setPendingEnter(false);
    bestEntry.current?.onSelect();
  }, [loading, pendingEnter]);
  const textHits = text.query && query.trim() ? text.hits : [];
  // The best match is selected as the query changes (Enter opens it).
  const best = groups[0]?.entries[0]?.value ?? (textHits[0] ? `text ${textHits[0].id}` : '');
  const [bestFor, setBestFor] = useState({ query: '', best: '' });
  if (bestFor.query !== query || bestFor.best !== best) {
    setBestFor({ query, best });
    setSelected(best);
  }
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') onClose();
    else if (event.key === 'Enter' && loading) {
      event.preventDefault();
      setPendingEnter(true);
    }
  };
  const item = (entry: PaletteEntry, kind?: string) => (
    <Command.Item key={entry.value} value={entry.value} onSelect={entry.onSelect}>
      <span className="palette-label">{entry.label}</span>
      {entry.hint ?? kind ? <span className="palette-hint">{entry.hint ?? kind}</span> : null}
    </Command.Item>
  );

  return (
    <div className="palette-backdrop" onMouseDown={onClose}>
      <div className="palette" role="dialog" aria-modal="true" aria-label="Command palette" onMouseDown={(e) => e.stopPropagation()}>
        <Command label="Command palette" loop shouldFilter={false} value={selected} onValueChange={setSelected} onKeyDown={onKeyDown}>
          <Command.Input ref={input} value={query} onValueChange={setQuery} placeholder="Type a command, an episode, a calculator or words from an episode…" />
          <Command.List>
            {groups.length === 0 && textHits.length === 0 ? (
              <div className="palette-empty" role="status">
                Nothing matches. Try a section name, an episode title, a calculator or a word from an episode.
              </div>
            ) : null}
            {groups.map((group) => (
              <Command.Group key={group.name} heading={group.name}>
                {group.entries.map((entry) => item(entry, group.name === BEST_MATCHES ? entry.group : undefined))}
              </Command.Group>
            ))}
            {textHits.length > 0 ? (
              <Command.Group heading="Found in episode text">
                {textHits.map((hit) => (
                  <Command.Item key={`text-${hit.id}`} className="palette-text-hit" value={`text ${hit.id}`} onSelect={go(`/journal/${hit.id}`)}>
                    <span className="palette-label">
                      {hit.title || 'Untitled episode'}
                      <span className="palette-snippet">{hit.snippet.map((part) => part.text).join('')}</span>
                    </span>
                    {hit.weekOf ? <span className="palette-hint">{isoWeekFromWeekOf(hit.weekOf)}</span> : null}
                  </Command.Item>
                ))}
              </Command.Group>
            ) : null}
          </Command.List>
        </Command>
      </div>
    </div>
  );
}
