import { detectPlatform } from './platform';
import { unwrapBridge, type EpisodesBridge } from '../shared/bridge';
import type { Host } from './host';

export function createElectronHost(raw: EpisodesBridge): Host {
  const bridge = unwrapBridge(raw);
  return {
    kind: 'electron',
    platform: detectPlatform(),
    capabilities: { journalFolder: true, nativeDialogs: true, nativeMenu: true, siteFolder: true },
    appInfo: () => bridge.appInfo(),
    openFiles: (options) =>
      bridge.openFiles({ title: options.title, filters: options.filters ?? [], multiple: options.multiple ?? false, ...(options.maxBytes ? { maxBytes: options.maxBytes } : {}) }),
    async saveFile(request) {
      const result = await bridge.saveFile({
        title: request.title,
        suggestedName: request.suggestedName,
        filters: request.filters ?? [],
        data: request.data,
      });
      return result.saved ? { saved: true, where: result.path } : { saved: false };
    },
    openExternal: async (url) => {
      await bridge.openExternal({ url });
    },
    onMenuCommand: (listener) => bridge.onMenuCommand(listener),
    legacyData: () => bridge.legacyData(),
    legacyDataDone: async () => {
      await bridge.legacyDataDone();
    },
    siteFolder: {
      choose: () => bridge.chooseSiteFolder(),
      write: (files) => bridge.writeSiteFiles({ files }),
      finish: (paths) => bridge.finishSite({ paths }),
    },
    journalFolder: {
      info: () => bridge.journalFolderInfo(),
      choose: () => bridge.chooseJournalFolder(),
      read: (path) => bridge.readEpisodeFile({ path }),
      write: (path, text, expectedSha256) => bridge.writeEpisodeFile({ path, text, expectedSha256 }),
      move: (from, to) => bridge.moveEpisodeFile({ from, to }),
      trash: (path) => bridge.trashEpisodeFile({ path }),
      writeConflictCopy: (path, text) => bridge.writeConflictCopy({ path, text }),
      scan: (options) => bridge.scanJournalFolder({ force: options?.force ?? false, known: options?.known ?? {} }),
      writeBackup: (json, kind) => bridge.writeBackup({ json, kind: kind ?? 'daily' }),
      listBackups: () => bridge.listBackups(),
      readBackup: (name) => bridge.readBackup({ name }),
      writeHistoryFile: (path, at, reason, text) => bridge.writeHistoryFile({ path, at, reason, text }),
      listHistoryFiles: (path) => bridge.listHistoryFiles({ path }),
      readHistoryFile: (path, name) => bridge.readHistoryFile({ path, name }),
      removeHistoryFiles: (path, names) => bridge.removeHistoryFiles({ path, names }),
      listAttachments: () => bridge.listAttachmentFiles(),
      readAttachment: (path) => bridge.readAttachmentFile({ path }),
      writeAttachment: (path, data) => bridge.writeAttachmentFile({ path, data }),
      trashAttachment: (path, expectedSha256) => bridge.trashAttachmentFile({ path, expectedSha256 }),
      onChanged: (listener) => bridge.onJournalFolderChanged(listener),
    },
  };
}
