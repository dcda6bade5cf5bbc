// JSON export/import of one certification, wrapped with a format tag and version so a file
// from another app (or a newer Episodes) is refused with a clear message.
import { restoreCertification } from './restore';
import { isRecord } from './schemas';
import type { Certification, IsoDate, Result } from './types';

export const CERTIFICATION_FORMAT = 'episodes.certification';
export const CERTIFICATION_FORMAT_VERSION = 1;

export function certificationToJson(cert: Certification): string {
  return `${JSON.stringify({ format: CERTIFICATION_FORMAT, version: CERTIFICATION_FORMAT_VERSION, certification: cert }, null, 2)}\n`;
}

/** Accepts the wrapped export or a bare certification object. */
export function certificationFromJson(text: string, options: { today?: IsoDate } = {}): Result<Certification> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: { _: `The file is not valid JSON (${(error as Error).message}).` } };
  }
  if (isRecord(data) && 'format' in data) {
    if (data.format !== CERTIFICATION_FORMAT) return { ok: false, errors: { format: 'This is not an Episodes certification file.' } };
    const version = typeof data.version === 'number' ? data.version : 1;
    if (version > CERTIFICATION_FORMAT_VERSION) {
      return { ok: false, errors: { version: `The file was made by a newer Episodes (format version ${version}).` } };
    }
    data = data.certification;
  }
  return restoreCertification(data, options);
}
