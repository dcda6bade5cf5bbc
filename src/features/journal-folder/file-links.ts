import type { EpisodesDatabase } from '../../data/db';
import type { FileLinks } from './journal-folder-sync';

export function dexieFileLinks(db: EpisodesDatabase): FileLinks {
  return {
    byEpisode: (id) => db.fileLinks.get(id),
    byPath: (path) => db.fileLinks.where('path').equals(path).first(),
    put: async (link) => {
      await db.transaction('rw', db.fileLinks, async () => {
        // A path belongs to one episode: drop a stale link that still claims it.
        await db.fileLinks.where('path').equals(link.path).and((l) => l.episodeId !== link.episodeId).delete();
        await db.fileLinks.put(link);
      });
    },
    remove: async (episodeId) => {
      await db.fileLinks.delete(episodeId);
    },
  };
}
