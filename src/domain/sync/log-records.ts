// The append-only logs the journal folder carries between devices (docs/folder-format.md): one
// JSON Lines file per table, device and month, so two devices never write the same file. Each line
// is one change to one record: the fields it set, or a tombstone.
/** When and where a change was made: ordered by time, then device, then the device's own counter. */
export interface Stamp {
  /** Milliseconds since the epoch on the device that made the change. */
  at: number;
  device: string;
  /** The device's count of changes, so two changes in one millisecond keep their order. */
  seq: number;
}

export type LogRecord =
  | (Stamp & { table: string; id: string; op: 'put'; fields: Record<string, unknown> })
  | (Stamp & { table: string; id: string; op: 'delete' });

/** Negative when `a` was made before `b`; the same answer on every device. */
export function compareStamps(a: Stamp, b: Stamp): number {
  return a.at - b.at || (a.device < b.device ? -1 : a.device > b.device ? 1 : 0) || a.seq - b.seq;
}

const DEVICE_RE = /^[a-z0-9][a-z0-9-]{0,62}$/;

/** The file a device writes its changes to a table in, for the month of `at` (UTC). */
export function logFileName(table: string, device: string, at: number): string {
  if (!DEVICE_RE.test(device)) throw new Error(`A device id is lower-case letters, digits and hyphens: ${JSON.stringify(device)}`);
  const month = new Date(at).toISOString().slice(0, 7);
  return `.episodes/logs/${table}/${month}.${device}.jsonl`;
}

/** One line per record, in the order given, each ending in a newline. */
export function serializeLog(records: readonly LogRecord[]): string {
  return records.map((r) => `${JSON.stringify(r)}\n`).join('');
}

export interface ParsedLog {
  records: LogRecord[];
  /** Lines that are not records (1-based line numbers), other than blank lines and merge markers. */
  unreadable: number[];
}

const MERGE_MARKER_RE = /^(<{7}|={7}|>{7}|\|{7})( |$)/;

function isRecord(value: unknown): value is LogRecord {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  const stamped = typeof v.at === 'number' && Number.isFinite(v.at) && typeof v.device === 'string' && typeof v.seq === 'number' && Number.isInteger(v.seq);
  const named = typeof v.table === 'string' && v.table !== '' && typeof v.id === 'string' && v.id !== '';
  if (!stamped || !named) return false;
  if (v.op === 'delete') return true;
  return v.op === 'put' && typeof v.fields === 'object' && v.fields !== null && !Array.isArray(v.fields);
}

/**
 * The records of a log file. A line that is not a record is reported and skipped, never fatal; the
 * markers git leaves in a file both sides appended to are skipped too, so both sides' records count.
 */
export function parseLog(text: string): ParsedLog {
  const records: LogRecord[] = [];
  const unreadable: number[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '' || MERGE_MARKER_RE.test(line)) return;
    try {
      const value: unknown = JSON.parse(line);
      if (isRecord(value)) records.push(value);
      else unreadable.push(i + 1);
    } catch {
      unreadable.push(i + 1);
    }
  });
  return { records, unreadable };
}
