// Shown above an episode whose stored rows could not be read as written: what was wrong, what of it
// is shown, and the two ways out (rewrite it in the right form, or move it to the Trash).
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { Episode } from '../../data/episode-record';
import { repairEpisode } from '../../data/episode-maintenance';
import { getEpisodesRepo } from '../../data/episodes-store';
import { reportError } from '../../ui/report-error';
import { AlertIcon } from '../../ui/icons';
import './damaged-banner.css';
import { showToast } from '../../ui/toast-store';
import { Callout } from '../../ui/Callout';

export function DamagedBanner({ episode, onRepaired }: { episode: Episode; onRepaired: () => void }) {
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);
  async function repair() {
    setBusy(true);
    try {
      await repairEpisode(getEpisodesRepo(), episode.id);
      showToast({ message: 'Repaired: the episode is stored in the right form again.' });
      onRepaired();
    } catch (error) {
      reportError(error, 'The episode could not be repaired');
      setBusy(false);
    }
  }
  async function trash() {
    setBusy(true);
    try {
      await getEpisodesRepo().trash(episode.id);
      showToast({ message: 'Moved to the Trash.', action: { label: 'Undo', run: () => getEpisodesRepo().restore(episode.id) } });
      navigate('/journal');
    } catch (error) {
      reportError(error, 'The episode could not be moved to the Trash');
      setBusy(false);
    }
  }
  return (
    <Callout tone="danger" className="damaged-banner" role="alert" data-testid="damaged-banner">
      <AlertIcon />
      <div>
        <p>
          <strong>This episode’s stored data is damaged</strong> ({episode.damaged}). What of it could be read is shown below; nothing
          more is lost by looking.
        </p>
        <div className="button-row">
          <button type="button" className="btn btn-primary" disabled={busy} onClick={() => void repair()}>
            Repair it
          </button>
          <button type="button" className="btn" disabled={busy} onClick={() => void trash()}>
            Move to the Trash
          </button>
        </div>
      </div>
    </Callout>
  );
}
