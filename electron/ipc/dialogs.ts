// Native open and save dialogs. Paths come only from the dialog the user answered, never from the page.
import { readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { atomicWrite } from '../journal-folder/atomic-write';
import { MAX_OPEN_FILE_BYTES, type BridgeParsedInput, type OpenedFile, type SaveFileResult } from '../../src/shared/bridge';

export interface DialogApi {
  showOpenDialog(options: Electron.OpenDialogOptions): Promise<{ canceled: boolean; filePaths: string[] }>;
  showSaveDialog(options: Electron.SaveDialogOptions): Promise<{ canceled: boolean; filePath?: string }>;
}

export async function readPickedFile(path: string, maxBytes = MAX_OPEN_FILE_BYTES): Promise<OpenedFile> {
  const name = basename(path);
  try {
    const info = await stat(path);
    if (!info.isFile()) return { name, size: 0, error: `${name} is not a file.` };
    if (info.size > maxBytes) {
      const mb = (info.size / 1024 / 1024).toFixed(1);
      return { name, size: info.size, error: `${name} is ${mb} MB; files over ${Math.round(maxBytes / 1024 / 1024)} MB are not ${maxBytes === MAX_OPEN_FILE_BYTES ? 'imported' : 'read'}.` };
    }
    return { name, size: info.size, data: new Uint8Array(await readFile(path)) };
  } catch (error) {
    return { name, size: 0, error: `${name} could not be read: ${(error as NodeJS.ErrnoException).code ?? String(error)}` };
  }
}

export async function openFiles(dialog: DialogApi, input: BridgeParsedInput<'openFiles'>): Promise<OpenedFile[]> {
  const result = await dialog.showOpenDialog({
    title: input.title,
    filters: input.filters,
    properties: input.multiple ? ['openFile', 'multiSelections'] : ['openFile'],
  });
  if (result.canceled) return [];
  return Promise.all(result.filePaths.map((path) => readPickedFile(path, input.maxBytes)));
}


export async function saveFile(
  dialog: DialogApi,
  input: BridgeParsedInput<'saveFile'>,
  defaultDir: string,
): Promise<SaveFileResult> {
  const result = await dialog.showSaveDialog({
    title: input.title,
    defaultPath: join(defaultDir, input.suggestedName),
    filters: input.filters,
  });
  if (result.canceled || !result.filePath) return { saved: false };
  // An exclusively created temp file beside the target, flushed, renamed over it, the folder
  // flushed; a failed rename removes the temp file. A failed save never leaves half a file.
  await atomicWrite(result.filePath, input.data);
  return { saved: true, path: result.filePath };
}
