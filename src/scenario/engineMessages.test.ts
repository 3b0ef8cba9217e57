import { describe, expect, it } from 'vitest';
import { ENGINE_MESSAGES, engineMsg } from './engineMessages';
import { messageCodes, msg, type MessageCode } from './messages';

describe('engine notices', () => {
  it('are the catalogue’s engine group: the same lines as msg("engine.…")', () => {
    const engineCodes = messageCodes().filter(([code]) => code.startsWith('engine.'));
    expect(engineCodes.map(([c]) => c.slice('engine.'.length)).sort()).toEqual(
      Object.keys(ENGINE_MESSAGES).sort(),
    );
    for (const [code] of engineCodes) {
      const key = code.slice('engine.'.length) as keyof typeof ENGINE_MESSAGES;
      const values = { n: '3', what: 'budget', reason: 'out of memory', id: 'S1', max: '5', got: 'x' };
      const line = engineMsg(key, values);
      expect(line).toBe(msg(code as MessageCode, values));
    }
  });
});
