// Clicks on links in a rendered episode: never a navigation of the window. Another episode's file
// opens that episode, `#` links scroll within the preview, web links go to the system browser
// through the host, anything else is refused with a toast that says why.
import { useCallback, type MouseEvent } from 'react';
import { useNavigate } from 'react-router';
import { episodeAtFile, filePathOfEpisode } from '../../data/episode-files';
import { classifyLink } from '../../domain/episode';
import { useHost } from '../../host';
import { showToast } from '../../ui/toast-store';
import { reportError } from '../../ui/report-error';

/** The element an in-page link names: rehype-sanitize prefixes every id with `user-content-`. */
function anchorTarget(container: HTMLElement, id: string): HTMLElement | null {
  const prefixed = id.startsWith('user-content-') ? id : `user-content-${id}`;
  for (const candidate of [prefixed, id]) {
    const found = Array.from(container.querySelectorAll<HTMLElement>('[id]')).find((el) => el.id === candidate);
    if (found) return found;
  }
  return null;
}

export function usePreviewLinks(episodeId: string | undefined) {
  const host = useHost();
  const navigate = useNavigate();
  return useCallback(
    (event: MouseEvent<HTMLElement>) => {
      const link = (event.target as HTMLElement).closest?.('a');
      if (!link || !event.currentTarget.contains(link)) return;
      event.preventDefault();
      const container = event.currentTarget;
      const href = link.getAttribute('href');
      void (async () => {
        const fromPath = episodeId ? await filePathOfEpisode(episodeId) : undefined;
        const target = classifyLink(href, fromPath);
        if (target.kind === 'anchor') {
          const element = anchorTarget(container, target.id);
          if (element) element.scrollIntoView({ block: 'start', behavior: 'smooth' });
          else showToast({ message: `There is no “${target.id}” in this episode.` });
        } else if (target.kind === 'external') {
          await host.openExternal(target.url);
        } else if (target.kind === 'episode-file') {
          const id = await episodeAtFile(target.path);
          if (id) navigate(`/journal/${id}`);
          else showToast({ message: `No episode is written as ${target.path}.`, tone: 'danger' });
        } else showToast({ message: target.reason, tone: 'danger' });
      })().catch((error: unknown) => reportError(error, 'That link could not be opened'));
    },
    [episodeId, host, navigate],
  );
}
