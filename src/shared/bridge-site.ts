// The static site written to a folder the person chose (desktop): the page never names the folder,
// only paths inside it. Main remembers the chosen folder and which files it wrote there.
import { z } from 'zod';

export const MAX_SITE_BATCH_FILES = 500;
export const MAX_SITE_BATCH_BYTES = 64 * 1024 * 1024;
export const MAX_SITE_FILES = 200_000;

const sitePath = z.string().min(1).max(512);
const siteData = z.union([z.string(), z.custom<Uint8Array>((value) => value instanceof Uint8Array, 'text or bytes')]);

export const writeSiteFilesInput = z.object({
  files: z
    .array(z.object({ path: sitePath, data: siteData }))
    .min(1)
    .max(MAX_SITE_BATCH_FILES)
    .refine((files) => files.reduce((sum, file) => sum + (typeof file.data === 'string' ? file.data.length * 3 : file.data.byteLength), 0) <= MAX_SITE_BATCH_BYTES, 'a batch is at most 64 MB'),
});
export const finishSiteInput = z.object({ paths: z.array(sitePath).max(MAX_SITE_FILES) });

export type ChooseSiteFolderResult =
  | {
      chosen: true;
      /** The folder, for the person to read (the page never sends it back). */
      folder: string;
      /** Files in it that Episodes did not write (a folder of other things: ask before writing there). */
      otherFiles: number;
      /** An earlier export wrote the site here (the person agreed to this folder then). */
      wroteBefore: boolean;
    }
  | { chosen: false };
export interface WriteSiteFilesResult {
  written: number;
  unchanged: number;
  /** Files already there that Episodes did not write (or that were edited since): left as they are. */
  kept: string[];
}
export interface FinishSiteResult {
  /** Pages an earlier export wrote that this site no longer has, removed. */
  removed: number;
  /** Such pages edited since Episodes wrote them: left as they are. */
  kept: string[];
}

export const siteBridgeContract = {
  chooseSiteFolder: { channel: 'site-folder:choose', input: z.void() },
  writeSiteFiles: { channel: 'site-folder:write', input: writeSiteFilesInput },
  finishSite: { channel: 'site-folder:finish', input: finishSiteInput },
} as const;

export interface SiteBridgeResults {
  chooseSiteFolder: ChooseSiteFolderResult;
  writeSiteFiles: WriteSiteFilesResult;
  finishSite: FinishSiteResult;
}
