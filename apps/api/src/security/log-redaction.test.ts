import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../logger.ts';
import { maskIdNumbersInText } from './free-text.ts';
import { scrubText } from './redact.ts';

function capture() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      lines.push(JSON.parse(String(chunk)) as Record<string, unknown>);
      done();
    },
  });
  return { lines, log: createLogger('info', stream) };
}

class Credentials {
  constructor(
    readonly username: string,
    readonly password: string,
  ) {}
}

describe('log redaction (PI-1)', () => {
  it('censors password keys at any depth, in plain and class objects, without changing them', async () => {
    const { lines, log } = capture();
    const creds = new Credentials('hr.acme', 'Secret#1');
    log.info(
      {
        password: 'a',
        headers: { Cookie: 'jifen_sid=e', 'X-CSRF-Token': 'f' },
        body: { password: 'b', hrAccount: { password: 'c' } },
        deep: { x: { y: [{ password: 'd' }] } },
        creds,
      },
      'x',
    );
    await new Promise((r) => setImmediate(r));
    const line = JSON.stringify(lines[0]);
    expect(line).not.toMatch(/"(a|b|c|d|jifen_sid=e|f|Secret#1)"/);
    expect(lines[0]).toMatchObject({ password: '[redacted]', creds: { username: 'hr.acme', password: '[redacted]' } });
    expect(creds.password).toBe('Secret#1');
  });

  it('masks resident IDs and mobiles in messages and fields, and leaves other digits alone', async () => {
    const { lines, log } = capture();
    log.info({ note: 'call 13812345678', order: 'n° 1234567890' }, 'holder 31011519900307123X');
    await new Promise((r) => setImmediate(r));
    expect(lines[0]).toMatchObject({
      msg: 'holder 3101**********123X',
      note: 'call 138****5678',
      order: 'n° 1234567890',
    });
  });
});

describe('bare ISO dates skip the free-text masker (issue 20)', () => {
  it('every day of 2024-2028 comes out as it went in, as the masker itself would leave it', () => {
    const day = new Date(Date.UTC(2024, 0, 1));
    for (let i = 0; i < 5 * 366; i++, day.setUTCDate(day.getUTCDate() + 1)) {
      const iso = day.toISOString().slice(0, 10);
      expect(scrubText(iso)).toBe(iso);
      expect(maskIdNumbersInText(iso)).toBe(iso);
    }
    // Not a bare date: still scrubbed.
    expect(scrubText('2026-12-01 13812345678')).toBe('2026-12-01 138****5678');
  });
});
