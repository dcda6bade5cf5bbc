// The same app in a plain browser: a file input to open, a download to save.
import { detectPlatform } from './platform';
import { MAX_OPEN_FILE_BYTES } from '../shared/bridge';
import { HostUnavailableError, type Host, type JournalFolderHost, type PickedFile } from './host';

async function readFile(file: File, maxBytes = MAX_OPEN_FILE_BYTES): Promise<PickedFile> {
  if (file.size > maxBytes) {
    const mb = (file.size / 1024 / 1024).toFixed(1);
    return { name: file.name, size: file.size, error: `${file.name} is ${mb} MB; files over ${Math.round(maxBytes / 1024 / 1024)} MB are not ${maxBytes === MAX_OPEN_FILE_BYTES ? 'imported' : 'read'}.` };
  }
  try {
    return { name: file.name, size: file.size, data: new Uint8Array(await file.arrayBuffer()) };
  } catch {
    return { name: file.name, size: file.size, error: `${file.name} could not be read.` };
  }
}

export function pickFiles(accept: string, multiple: boolean): Promise<File[]> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.multiple = multiple;
    input.style.display = 'none';
    input.addEventListener('change', () => {
      resolve(Array.from(input.files ?? []));
      input.remove();
    });
    input.addEventListener('cancel', () => {
      resolve([]);
      input.remove();
    });
    document.body.append(input);
    input.click();
  });
}

const unavailable = async (): Promise<never> => {
  throw new HostUnavailableError('The journal folder');
};

/** The browser keeps episodes in IndexedDB only; there is no folder to mirror them to. */
const noJournalFolder: JournalFolderHost = {
  info: unavailable,
  choose: unavailable,
  read: unavailable,
  write: unavailable,
  move: unavailable,
  trash: unavailable,
  writeConflictCopy: unavailable,
  scan: unavailable,
  writeBackup: unavailable,
  listBackups: unavailable,
  readBackup: unavailable,
  writeHistoryFile: unavailable,
  listHistoryFiles: unavailable,
  readHistoryFile: unavailable,
  removeHistoryFiles: unavailable,
  listAttachments: unavailable,
  readAttachment: unavailable,
  writeAttachment: unavailable,
  trashAttachment: unavailable,
  onChanged: () => () => undefined,
};

export function createBrowserHost(): Host {
  return {
    kind: 'browser',
    platform: detectPlatform(),
    capabilities: { journalFolder: false, nativeDialogs: false, nativeMenu: false, siteFolder: false },
    appInfo: async () => ({
      name: 'Episodes',
      version: __APP_VERSION__,
      platform: 'web',
      electron: 'not running in Electron',
      chrome: navigator.userAgent.match(/Chrom(?:e|ium)\/([\d.]+)/)?.[1] ?? 'unknown',
    }),
    async openFiles(options) {
      const accept = (options.filters ?? []).flatMap((f) => f.extensions.map((e) => (e === '*' ? '*' : `.${e}`))).join(',');
      const files = await pickFiles(accept, options.multiple ?? false);
      return Promise.all(files.map((file) => readFile(file, options.maxBytes)));
    },
    async saveFile(request) {
      const blob = new Blob([request.data as BlobPart], { type: request.mimeType });
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = request.suggestedName;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      return { saved: true, where: `your downloads as ${request.suggestedName}` };
    },
    async openExternal(url) {
      const parsed = new URL(url);
      if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw new Error('Only http and https links can be opened.');
      window.open(parsed.href, '_blank', 'noopener,noreferrer');
    },
    onMenuCommand: () => () => undefined,
    // The browser's origin never changed: there is nothing from an earlier version to bring over.
    legacyData: async () => null,
    legacyDataDone: async () => undefined,
    journalFolder: noJournalFolder,
    siteFolder: { choose: unavailable, write: unavailable, finish: unavailable },
  };
}
