import { randomUUID } from 'node:crypto';
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

describe('UUIDs are kept whole; the text around them is scrubbed (PI-1)', () => {
  // Hex groups that read as a split mobile ("1381-2345678…") to the free-text masker.
  const lookalike = '3f2a1b4c-1234-4e3b-1381-2345678abcde';

  it('a UUID, alone or in a URL or an audit value, comes out as it went in', () => {
    expect(scrubText(lookalike)).toBe(lookalike);
    expect(scrubText(`/api/v1/holders/${lookalike}`)).toBe(`/api/v1/holders/${lookalike}`);
    expect(scrubText(`${lookalike.toUpperCase()}`)).toBe(lookalike.toUpperCase());
    for (let i = 0; i < 20_000; i++) {
      const id = randomUUID();
      expect(scrubText(id)).toBe(id);
    }
  });

  it('numbers beside a UUID are still masked, and a UUID-like run glued to letters is not a UUID', () => {
    expect(scrubText(`/api/v1/holders/${lookalike}?m=13812345678`)).toBe(`/api/v1/holders/${lookalike}?m=138****5678`);
    expect(scrubText(`13812345678-${lookalike}`)).toBe(`138****5678-${lookalike}`);
    expect(scrubText(`${lookalike} 110105199001011234`)).toBe(`${lookalike} 1101**********1234`);
    expect(scrubText(`x${lookalike}`)).toBe('x3f2a1b4c-1234-4e3b-138****5678abcde');
  });

  it('a log line keeps the UUID of its URL', async () => {
    const { lines, log } = capture();
    log.info({ req: { method: 'GET', url: `/api/v1/holders/${lookalike}`, ip: '127.0.0.1' } }, 'request completed');
    await new Promise((r) => setImmediate(r));
    expect((lines[0]!.req as { url: string }).url).toBe(`/api/v1/holders/${lookalike}`);
  });
});
