// Files dropped on the timeline wait here while the Import screen opens.
import type { ImportSource } from './import-data';
import { MAX_IMPORT_BYTES } from '../../domain/episode';

let pending: ImportSource[] = [];

export function setPendingImport(sources: ImportSource[]): void {
  pending = sources;
}

export function takePendingImport(): ImportSource[] {
  const taken = pending;
  pending = [];
  return taken;
}

/** Reads dropped files; too-large ones are refused before their bytes are read. */
export async function readDroppedFiles(files: readonly File[]): Promise<ImportSource[]> {
  return Promise.all(
    files.map(async (file): Promise<ImportSource> => {
      const modifiedAt = file.lastModified ? new Date(file.lastModified) : undefined;
      if (file.size > MAX_IMPORT_BYTES) {
        return { name: file.name, size: file.size, error: `${file.name} is ${(file.size / 1024 / 1024).toFixed(1)} MB; files over 5 MB are not imported.` };
      }
      try {
        return { name: file.name, size: file.size, data: new Uint8Array(await file.arrayBuffer()), modifiedAt };
      } catch {
        return { name: file.name, size: file.size, error: `${file.name} could not be read.` };
      }
    }),
  );
}
