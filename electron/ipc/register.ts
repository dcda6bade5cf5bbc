// One door for every IPC handler: the sender frame must be the app's own page, and the argument
// must satisfy the bridge schema, before the handler runs. Failures come back as an error
// envelope; nothing a page sends can crash main.
import type { IpcMainInvokeEvent } from 'electron';
import {
  bridgeContract,
  describeIssues,
  type BridgeEnvelope,
  type BridgeMethod,
  type BridgeParsedInput,
  type BridgeResults,
} from '../../src/shared/bridge';

export type Handler<K extends BridgeMethod> = (
  input: BridgeParsedInput<K>,
  event: IpcMainInvokeEvent,
) => Promise<BridgeResults[K]> | BridgeResults[K];

export type SenderCheck = (url: string) => boolean;

/** A user-facing failure: its message is shown as is. Other errors are logged and summarised. */
export class HandlerError extends Error {}

export function createHandler<K extends BridgeMethod>(method: K, handler: Handler<K>, isTrustedSender: SenderCheck) {
  const schema = bridgeContract[method].input;
  return async (event: Pick<IpcMainInvokeEvent, 'senderFrame'>, raw: unknown): Promise<BridgeEnvelope<BridgeResults[K]>> => {
    const url = event.senderFrame?.url ?? '';
    if (!isTrustedSender(url)) {
      return { ok: false, error: { message: `Refused: ${method} may only be called by the Episodes window.` } };
    }
    const parsed = schema.safeParse(raw);
    if (!parsed.success) return { ok: false, error: describeIssues(parsed.error) };
    try {
      const value = await handler(parsed.data as BridgeParsedInput<K>, event as IpcMainInvokeEvent);
      return { ok: true, value };
    } catch (error) {
      if (error instanceof HandlerError) return { ok: false, error: { message: error.message } };
      console.error(`[ipc] ${method} failed`, error);
      return { ok: false, error: { message: `${method} failed: ${error instanceof Error ? error.message : String(error)}` } };
    }
  };
}

export interface IpcLike {
  handle(channel: string, listener: (event: IpcMainInvokeEvent, raw: unknown) => unknown): void;
}

export function registerHandler<K extends BridgeMethod>(ipc: IpcLike, method: K, handler: Handler<K>, isTrustedSender: SenderCheck): void {
  ipc.handle(bridgeContract[method].channel, createHandler(method, handler, isTrustedSender));
}
