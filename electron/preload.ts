// The only door from the page to the shell: one object, window.episodes, built from the bridge contract.
import { contextBridge, ipcRenderer } from 'electron';
import {
  bridgeContract,
  isJournalFolderChange,
  isMenuCommand,
  JOURNAL_FOLDER_CHANGED_CHANNEL,
  MENU_COMMAND_CHANNEL,
  type BridgeEnvelope,
  type BridgeMethod,
  type EpisodesBridge,
  type JournalFolderChange,
  type MenuCommand,
} from '../src/shared/bridge';

/** Main's envelope as it is: the page unwraps it (unwrapBridge), so an error's field survives the context bridge. */
function method<K extends BridgeMethod>(name: K): EpisodesBridge[K] {
  const call = async (input: unknown) => (await ipcRenderer.invoke(bridgeContract[name].channel, input)) as BridgeEnvelope<unknown>;
  return call as EpisodesBridge[K];
}

const episodes = {
  appInfo: method('appInfo'),
  openFiles: method('openFiles'),
  saveFile: method('saveFile'),
  openExternal: method('openExternal'),
  journalFolderInfo: method('journalFolderInfo'),
  chooseJournalFolder: method('chooseJournalFolder'),
  readEpisodeFile: method('readEpisodeFile'),
  writeEpisodeFile: method('writeEpisodeFile'),
  moveEpisodeFile: method('moveEpisodeFile'),
  trashEpisodeFile: method('trashEpisodeFile'),
  writeConflictCopy: method('writeConflictCopy'),
  scanJournalFolder: method('scanJournalFolder'),
  writeBackup: method('writeBackup'),
  listBackups: method('listBackups'),
  readBackup: method('readBackup'),
  writeHistoryFile: method('writeHistoryFile'),
  listHistoryFiles: method('listHistoryFiles'),
  readHistoryFile: method('readHistoryFile'),
  removeHistoryFiles: method('removeHistoryFiles'),
  listAttachmentFiles: method('listAttachmentFiles'),
  readAttachmentFile: method('readAttachmentFile'),
  writeAttachmentFile: method('writeAttachmentFile'),
  trashAttachmentFile: method('trashAttachmentFile'),
  chooseSiteFolder: method('chooseSiteFolder'),
  writeSiteFiles: method('writeSiteFiles'),
  finishSite: method('finishSite'),
  legacyData: method('legacyData'),
  legacyDataDone: method('legacyDataDone'),
  onMenuCommand(listener: (command: MenuCommand) => void) {
    const wrapped = (_event: unknown, command: unknown) => {
      if (isMenuCommand(command)) listener(command);
    };
    ipcRenderer.on(MENU_COMMAND_CHANNEL, wrapped);
    return () => {
      ipcRenderer.removeListener(MENU_COMMAND_CHANNEL, wrapped);
    };
  },
  onJournalFolderChanged(listener: (change: JournalFolderChange) => void) {
    const wrapped = (_event: unknown, change: unknown) => {
      if (isJournalFolderChange(change)) listener(change);
    };
    ipcRenderer.on(JOURNAL_FOLDER_CHANGED_CHANNEL, wrapped);
    return () => {
      ipcRenderer.removeListener(JOURNAL_FOLDER_CHANGED_CHANNEL, wrapped);
    };
  },
} satisfies EpisodesBridge;

contextBridge.exposeInMainWorld('episodes', episodes);
