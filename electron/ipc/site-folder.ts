// The site-folder handlers: the folder comes only from the native dialog; every path is re-checked
// in electron/site-folder.ts (relative, portable, inside the folder even through symlinks).
import type { BridgeMethod } from '../../src/shared/bridge';
import { UnsafePathError } from '../journal-folder/safe-path';
import { SiteFolder, SiteFolderError } from '../site-folder';
import type { DialogApi } from './dialogs';
import { HandlerError, registerHandler, type Handler, type IpcLike, type SenderCheck } from './register';

export const siteFolderMethods = ['chooseSiteFolder', 'writeSiteFiles', 'finishSite'] as const satisfies readonly BridgeMethod[];
type SiteFolderMethod = (typeof siteFolderMethods)[number];
export type SiteFolderHandlers = { [K in SiteFolderMethod]: Handler<K> };

async function friendly<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof SiteFolderError || error instanceof UnsafePathError) throw new HandlerError(error.message);
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') throw new HandlerError('The site folder refused the write; choose a folder you can write to.');
    if (code === 'ENOSPC') throw new HandlerError('The disk is full; the site was written only in part.');
    throw error;
  }
}

export function siteFolderHandlers(site: SiteFolder): SiteFolderHandlers {
  return {
    chooseSiteFolder: () => friendly(() => site.choose()),
    writeSiteFiles: (input) => friendly(() => site.write(input.files)),
    finishSite: (input) => friendly(() => site.finish(input.paths)),
  };
}

export function registerSiteFolderHandlers(ipc: IpcLike, userDataDir: string, documentsDir: string, dialog: Pick<DialogApi, 'showOpenDialog'>, isTrustedSender: SenderCheck): void {
  const handlers = siteFolderHandlers(new SiteFolder(userDataDir, dialog, documentsDir));
  const register = <K extends SiteFolderMethod>(method: K) => registerHandler(ipc, method, handlers[method], isTrustedSender);
  for (const method of siteFolderMethods) register(method);
}
