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
