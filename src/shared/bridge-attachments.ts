// The journal folder's attachments (images and PDFs under `attachments/`), as main and the page
// exchange them: the schemas main checks every call against and what each call answers.
import { z } from 'zod';

/** The largest attachment either side accepts (the same cap as src/domain/attachments). */
export const MAX_ATTACHMENT_FILE_BYTES = 25 * 1024 * 1024;
/** The file types an attachment can be, by extension (case-insensitive). */
export const ATTACHMENT_FILE_EXTENSIONS = ['png', 'jpg', 'jpeg', 'gif', 'webp', 'svg', 'pdf'] as const;
const EXT_RE = new RegExp(`\\.(?:${ATTACHMENT_FILE_EXTENSIONS.join('|')})$`, 'i');

/** `attachments/…/name.png`: a relative path under the folder's attachments/ folder with an attachment's extension. */
export function isAttachmentFilePath(path: string): boolean {
  return /^attachments\/[^/]/i.test(path) && EXT_RE.test(path);
}

const attachmentFilePath = z
  .string()
  .min(1)
  .max(512)
  .refine(isAttachmentFilePath, 'an attachment path is attachments/…/name.png (png, jpg, gif, webp, svg or pdf)');
const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, 'a sha256 in lower-case hex');
const bytes = z
  .custom<Uint8Array>((value) => value instanceof Uint8Array, 'bytes')
  .refine((value) => value.byteLength <= MAX_ATTACHMENT_FILE_BYTES, 'an attachment is at most 25 MB');

export const attachmentFileInput = z.object({ path: attachmentFilePath });
export const writeAttachmentFileInput = z.object({ path: attachmentFilePath, data: bytes });
export const trashAttachmentFileInput = z.object({ path: attachmentFilePath, expectedSha256: sha256Hex });

export interface AttachmentFileState {
  path: string;
  size: number;
  mtimeMs: number;
  sha256: string;
}
export interface AttachmentListing {
  files: AttachmentFileState[];
  /** Files under attachments/ that are not attachments (too large, a name the app cannot use). */
  skipped: Array<{ path: string; reason: string }>;
}
/** A write never replaces a different file: `written: false` names what is there instead. */
export type WriteAttachmentFileResult = ({ written: true } & AttachmentFileState) | { written: false; current: AttachmentFileState };
/** Moved into .episodes/trash/, or left because its bytes are not the ones the page expected (or it is gone). */
export type TrashAttachmentFileResult = { trashed: true; trashedAs: string } | { trashed: false; reason: 'changed' | 'missing' };

export const attachmentBridgeContract = {
  listAttachmentFiles: { channel: 'journal-folder:list-attachments', input: z.void() },
  readAttachmentFile: { channel: 'journal-folder:read-attachment', input: attachmentFileInput },
  writeAttachmentFile: { channel: 'journal-folder:write-attachment', input: writeAttachmentFileInput },
  trashAttachmentFile: { channel: 'journal-folder:trash-attachment', input: trashAttachmentFileInput },
} as const;

export interface AttachmentBridgeResults {
  listAttachmentFiles: AttachmentListing;
  readAttachmentFile: AttachmentFileState & { data: Uint8Array };
  writeAttachmentFile: WriteAttachmentFileResult;
  trashAttachmentFile: TrashAttachmentFileResult;
}
