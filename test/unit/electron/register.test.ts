import { describe, expect, it } from 'vitest';
import { createHandler, HandlerError } from '../../../electron/ipc/register';

const trusted = (url: string) => url.startsWith('file:///app/renderer/');
const fromApp = { senderFrame: { url: 'file:///app/renderer/index.html' } } as never;
const fromElsewhere = { senderFrame: { url: 'https://evil.example/' } } as never;

describe('IPC handler registration', () => {
  it('refuses a call from a frame that is not the app page, without running the handler', async () => {
    let ran = false;
    const handle = createHandler('openExternal', () => {
      ran = true;
      return undefined;
    }, trusted);
    const reply = await handle(fromElsewhere, { url: 'https://example.com' });
    expect(reply).toEqual({ ok: false, error: { message: 'Refused: openExternal may only be called by the Episodes window.' } });
    expect(ran).toBe(false);
  });

  it('refuses a frame with no URL at all', async () => {
    const handle = createHandler('appInfo', () => ({ name: 'x', version: '1', platform: 'p', electron: 'e', chrome: 'c' }), trusted);
    const reply = await handle({ senderFrame: null } as never, undefined);
    expect(reply.ok).toBe(false);
  });

  it.each([
    ['a javascript: URL', { url: 'javascript:alert(1)' }, 'url'],
    ['a file: URL', { url: 'file:///etc/passwd' }, 'url'],
    ['a missing URL', {}, 'url'],
    ['not an object', 'https://example.com', undefined],
  ])('answers %s with an error naming the field', async (_label, input, field) => {
    const handle = createHandler('openExternal', () => undefined, trusted);
    const reply = await handle(fromApp, input);
    expect(reply.ok).toBe(false);
    if (!reply.ok) {
      expect(reply.error.field).toBe(field);
      expect(reply.error.message).toMatch(/^Invalid/);
    }
  });

  it('rejects a save whose suggested name climbs out of its folder', async () => {
    const handle = createHandler('saveFile', () => ({ saved: false }), trusted);
    const reply = await handle(fromApp, { suggestedName: '../../.bashrc', data: 'x' });
    expect(reply).toMatchObject({ ok: false, error: { field: 'suggestedName' } });
  });

  it('passes validated input, with defaults filled, to the handler', async () => {
    let seen: unknown;
    const handle = createHandler('openFiles', (input) => {
      seen = input;
      return [];
    }, trusted);
    expect(await handle(fromApp, { title: 'Import' })).toEqual({ ok: true, value: [] });
    expect(seen).toEqual({ title: 'Import', filters: [], multiple: false });
  });

  it('turns a thrown error into an error reply instead of crashing', async () => {
    const friendly = createHandler('appInfo', () => {
      throw new HandlerError('The journal folder is not reachable.');
    }, trusted);
    expect(await friendly(fromApp, undefined)).toEqual({ ok: false, error: { message: 'The journal folder is not reachable.' } });
    const unexpected = createHandler('appInfo', () => {
      throw new Error('EACCES');
    }, trusted);
    const original = console.error;
    console.error = () => undefined;
    try {
      expect(await unexpected(fromApp, undefined)).toEqual({ ok: false, error: { message: 'appInfo failed: EACCES' } });
    } finally {
      console.error = original;
    }
  });
});
