// "New episode": this week's episode from the last one's headings. A second episode for the same
// week is allowed after an in-app warning. The command table's new-episode command runs it.
import { useCallback, useRef, type ReactNode } from 'react';
import { Outlet, useNavigate } from 'react-router';
import { toDraft } from '../../data/episode-record';
import { getEpisodesRepo } from '../../data/episodes-store';
import { newEpisodeTemplate } from '../../domain/episode';
import { isoWeekFromWeekOf } from '../../domain/week';
import { useCommand } from '../../ui/commands';
import { useConfirm } from '../../ui/ConfirmDialog';
import { episodesInWeek } from './journal-data';
import { ensureJournalReady } from './journal-start';
import { Toaster } from '../../ui/Toaster';
import { reportError } from '../../ui/report-error';

export function useNewEpisode(): [ReactNode, () => Promise<void>] {
  const navigate = useNavigate();
  const [dialog, confirm] = useConfirm();
  const busy = useRef(false);
  const create = useCallback(async () => {
    if (busy.current) return;
    busy.current = true;
    try {
      await ensureJournalReady();
      const repo = getEpisodesRepo();
      const last = await repo.latest();
      const draft = newEpisodeTemplate({ lastEpisode: last ? toDraft(last) : undefined, highestNumber: await repo.highestNumber(), today: new Date() });
      const sameWeek = draft.weekOf ? episodesInWeek(await repo.list(), draft.weekOf) : [];
      if (sameWeek.length > 0) {
        const week = isoWeekFromWeekOf(draft.weekOf!) ?? 'this week';
        const ok = await confirm({
          title: `${week} already has an episode`,
          body: (
            <p>
              “{sameWeek[0]!.title}” is filed under {week}. Start a second episode for the same week anyway?
            </p>
          ),
          confirmLabel: 'Create another',
          cancelLabel: 'Cancel',
        });
        if (!ok) return;
      }
      const created = await repo.create(draft);
      void navigate(`/journal/${created.id}`);
    } catch (error) {
      reportError(error, 'Could not create the episode');
    } finally {
      busy.current = false;
    }
  }, [confirm, navigate]);
  return [dialog, create];
}

/** Wraps every screen: the new-episode command from anywhere, and the toasts. */
export function JournalCommands() {
  const [dialog, create] = useNewEpisode();
  useCommand('new-episode', () => void create());
  return (
    <>
      <Outlet />
      {dialog}
      <Toaster />
    </>
  );
}
