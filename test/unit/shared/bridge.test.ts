import { describe, expect, it } from 'vitest';
import { bridgeContract, isMenuCommand, menuCommands } from '../../../src/shared/bridge';

describe('bridge contract', () => {
  it('gives every method its own channel', () => {
    const channels = Object.values(bridgeContract).map((c) => c.channel);
    expect(new Set(channels).size).toBe(channels.length);
  });
  it('accepts only known menu commands', () => {
    expect(menuCommands.every(isMenuCommand)).toBe(true);
    expect(isMenuCommand('rm -rf')).toBe(false);
    expect(isMenuCommand(1)).toBe(false);
  });
});

describe('errors across the bridge', () => {
  it('keep the field main named when the page unwraps the envelope', async () => {
    const { unwrapBridge, BridgeError } = await import('../../../src/shared/bridge');
    const raw = { readEpisodeFile: async () => ({ ok: false, error: { message: 'Invalid path: an episode file ends in .md', field: 'path' } }) } as never;
    const error = await unwrapBridge(raw).readEpisodeFile({ path: 'x.txt' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BridgeError);
    expect(error).toMatchObject({ message: 'Invalid path: an episode file ends in .md', field: 'path' });
  });
});
