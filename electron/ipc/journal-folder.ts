// The journal folder handlers: every path is relative to the chosen folder and re-checked in
// electron/journal-folder/safe-path.ts; the folder itself only ever comes from a native dialog.
import type { BridgeMethod } from '../../src/shared/bridge';
import type { JournalFolderController } from '../journal-folder/controller';
import { FileOpError } from '../journal-folder/file-ops';
import { UnsafePathError } from '../journal-folder/safe-path';
import type { DialogApi } from './dialogs';
import { HandlerError, registerHandler, type Handler, type IpcLike, type SenderCheck } from './register';

export const journalFolderMethods = [
  'journalFolderInfo',
  'chooseJournalFolder',
  'readEpisodeFile',
  'writeEpisodeFile',
  'moveEpisodeFile',
  'trashEpisodeFile',
  'writeConflictCopy',
  'scanJournalFolder',
  'writeBackup',
  'listBackups',
  'readBackup',
  'writeHistoryFile',
  'listHistoryFiles',
  'readHistoryFile',
  'removeHistoryFiles',
  'listAttachmentFiles',
  'readAttachmentFile',
  'writeAttachmentFile',
  'trashAttachmentFile',
] as const satisfies readonly BridgeMethod[];
type JournalFolderMethod = (typeof journalFolderMethods)[number];
export type JournalFolderHandlers = { [K in JournalFolderMethod]: Handler<K> };

/** Errors the user should read as they are; anything else is summarised by the register helper. */
async function friendly<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof FileOpError || error instanceof UnsafePathError) throw new HandlerError(error.message);
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new HandlerError('That file is not in the journal folder (any more).');
    if (code === 'EACCES' || code === 'EPERM') throw new HandlerError('The journal folder refused access to that file.');
    throw error;
  }
}

export function journalFolderHandlers(
  controller: JournalFolderController,
  dialog: Pick<DialogApi, 'showOpenDialog'>,
): JournalFolderHandlers {
  const folder = () => controller.current();
  return {
    journalFolderInfo: () => controller.info(),
    chooseJournalFolder: () =>
      friendly(async () => {
        const picked = await dialog.showOpenDialog({
          title: 'Choose the folder for your journal',
          defaultPath: controller.info().path,
          properties: ['openDirectory', 'createDirectory'],
        });
        const path = picked.filePaths[0];
        if (picked.canceled || !path) return { changed: false };
        return { changed: true, info: await controller.switchTo(path) };
      }),
    readEpisodeFile: (input) => friendly(async () => (await folder()).read(input.path)),
    writeEpisodeFile: (input) => friendly(async () => (await folder()).write(input.path, input.text, input.expectedSha256)),
    moveEpisodeFile: (input) => friendly(async () => (await folder()).move(input.from, input.to)),
    trashEpisodeFile: (input) => friendly(async () => (await folder()).trash(input.path)),
    writeConflictCopy: (input) => friendly(async () => (await folder()).conflictCopy(input.path, input.text)),
    scanJournalFolder: (input) => friendly(async () => (await folder()).scan({ force: input.force, known: input.known })),
    writeBackup: (input) => friendly(async () => (await folder()).writeBackup(input.json, input.kind)),
    listBackups: () => friendly(async () => (await folder()).listBackups()),
    readBackup: (input) => friendly(async () => (await folder()).readBackup(input.name)),
    writeHistoryFile: (input) => friendly(async () => ({ name: await (await folder()).writeHistoryFile(input.path, input.at, input.reason, input.text) })),
    listHistoryFiles: (input) => friendly(async () => (await folder()).listHistoryFiles(input.path)),
    readHistoryFile: (input) => friendly(async () => ({ text: await (await folder()).readHistoryFile(input.path, input.name) })),
    removeHistoryFiles: (input) => friendly(async () => ({ removed: await (await folder()).removeHistoryFiles(input.path, input.names) })),
    listAttachmentFiles: () => friendly(async () => (await folder()).attachments.list()),
    readAttachmentFile: (input) => friendly(async () => (await folder()).attachments.read(input.path)),
    writeAttachmentFile: (input) => friendly(async () => (await folder()).attachments.write(input.path, input.data)),
    trashAttachmentFile: (input) => friendly(async () => (await folder()).attachments.trash(input.path, input.expectedSha256)),
  };
}

export function registerJournalFolderHandlers(
  ipc: IpcLike,
  controller: JournalFolderController,
  dialog: Pick<DialogApi, 'showOpenDialog'>,
  isTrustedSender: SenderCheck,
): void {
  const handlers = journalFolderHandlers(controller, dialog);
  const register = <K extends JournalFolderMethod>(method: K) => registerHandler(ipc, method, handlers[method], isTrustedSender);
  for (const method of journalFolderMethods) register(method);
}
