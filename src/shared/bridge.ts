// The bridge contract between the Electron shell and the page: the only module that both
// electron/ and src/ import. Each method names its IPC channel and the schema its argument
// must satisfy; main validates every call against it, the preload builds window.episodes from it.
import { z } from 'zod';

export const MAX_OPEN_FILE_BYTES = 5 * 1024 * 1024;

const fileFilter = z.object({
  name: z.string().min(1).max(100),
  extensions: z.array(z.string().regex(/^[a-z0-9*]{1,10}$/i, 'an extension is letters and digits, without a dot')).min(1).max(20),
});

export const openFilesInput = z.object({
  title: z.string().max(200).optional(),
  filters: z.array(fileFilter).max(10).default([]),
  multiple: z.boolean().default(false),
});

export const saveFileInput = z.object({
  title: z.string().max(200).optional(),
  suggestedName: z
    .string()
    .min(1)
    .max(255)
    .refine((name) => !/[\\/]|^\.\.?$/.test(name), 'a file name, without folders'),
  filters: z.array(fileFilter).max(10).default([]),
  data: z.union([z.string(), z.custom<Uint8Array>((value) => value instanceof Uint8Array, "text or bytes")]),
});

export const openExternalInput = z.object({
  url: z
    .string()
    .max(2048)
    .refine((value) => {
      try {
        const url = new URL(value);
        return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.length > 0;
      } catch {
        return false;
      }
    }, 'only http and https links can be opened'),
});

export interface AppInfo {
  name: string;
  version: string;
  platform: string;
  electron: string;
  chrome: string;
}

/** A file the user picked: its bytes are read by main, capped at MAX_OPEN_FILE_BYTES. */
export type OpenedFile =
  | { name: string; size: number; data: Uint8Array }
  | { name: string; size: number; error: string };

export type SaveFileResult = { saved: true; path: string } | { saved: false };

/** Method name -> IPC channel and argument schema. */
export const bridgeContract = {
  appInfo: { channel: 'app:info', input: z.void() },
  openFiles: { channel: 'dialog:open-files', input: openFilesInput },
  saveFile: { channel: 'dialog:save-file', input: saveFileInput },
  openExternal: { channel: 'shell:open-external', input: openExternalInput },
} as const;

/** What each method resolves to. */
export interface BridgeResults {
  appInfo: AppInfo;
  openFiles: OpenedFile[];
  saveFile: SaveFileResult;
  openExternal: undefined;
}

export type BridgeMethod = keyof typeof bridgeContract;
export type BridgeInput<K extends BridgeMethod> = z.input<(typeof bridgeContract)[K]['input']>;
export type BridgeParsedInput<K extends BridgeMethod> = z.output<(typeof bridgeContract)[K]['input']>;

/** Commands the application menu sends to the page. */
export const menuCommands = [
  'go-dashboard',
  'go-journal',
  'go-certifications',
  'go-calculators',
  'go-practice',
  'go-settings',
  'new-episode',
  'command-palette',
  'show-shortcuts',
] as const;
export type MenuCommand = (typeof menuCommands)[number];
export const MENU_COMMAND_CHANNEL = 'menu:command';

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (menuCommands as readonly string[]).includes(value);
}

/** Every reply from main: a value, or an error the page can show. */
export type BridgeEnvelope<T> = { ok: true; value: T } | { ok: false; error: { message: string; field?: string } };

export type EpisodesBridge = {
  [K in BridgeMethod]: (input: BridgeInput<K>) => Promise<BridgeResults[K]>;
} & {
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
};

/** Turns a schema failure into one sentence naming the field. */
export function describeIssues(error: z.ZodError): { message: string; field?: string } {
  const issue = error.issues[0];
  if (!issue) return { message: 'Invalid request.' };
  const field = issue.path.map(String).join('.');
  return { message: field ? `Invalid ${field}: ${issue.message}` : `Invalid request: ${issue.message}`, field: field || undefined };
}
