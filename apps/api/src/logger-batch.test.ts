import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { batchedDestination, createLogger, LOG_BATCH_CHARS, LOG_FLUSH_MS } from './logger.ts';

/**
 * Issue 20: the log is written in batches (up to 4 KB or 100 ms), not one
 * write per line. A line still reaches the file within the flush interval
 * when traffic is low, and a full batch goes at once.
 */
describe('the batched log destination', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'jifen-log-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const read = (file: string) => {
    try {
      return readFileSync(file, 'utf8');
    } catch {
      return '';
    }
  };
  const until = async (check: () => boolean, ms: number) => {
    const end = Date.now() + ms;
    while (!check() && Date.now() < end) await new Promise((r) => setTimeout(r, 10));
    return check();
  };

  it('writes a lone line within the flush interval, without waiting for a full batch', async () => {
    const file = path.join(dir, 'lone.log');
    const log = createLogger('info', batchedDestination(file));
    log.info({ n: 1 }, 'request completed');
    // Not written at once: it waits for the batch or the timer.
    expect(read(file)).toBe('');
    expect(await until(() => read(file).includes('request completed'), LOG_FLUSH_MS * 5)).toBe(true);
    expect(JSON.parse(read(file).trim())).toMatchObject({ level: 30, n: 1, msg: 'request completed' });
  });

  it('writes a full batch at once, every line whole and in order', async () => {
    const file = path.join(dir, 'full.log');
    const log = createLogger('info', batchedDestination(file));
    const lines = Math.ceil(LOG_BATCH_CHARS / 60) + 5;
    for (let i = 0; i < lines; i++) log.info({ i }, 'request completed');
    expect(await until(() => read(file).length >= LOG_BATCH_CHARS, LOG_FLUSH_MS / 2)).toBe(true);
    expect(await until(() => read(file).trim().split('\n').length === lines, LOG_FLUSH_MS * 5)).toBe(true);
    const seen = read(file)
      .trim()
      .split('\n')
      .map((l) => (JSON.parse(l) as { i: number }).i);
    expect(seen).toEqual(Array.from({ length: lines }, (_, i) => i));
  });

  it('writes what it holds when asked (flush), and still masks personal numbers (PI-1)', async () => {
    const file = path.join(dir, 'flush.log');
    const dest = batchedDestination(file);
    createLogger('info', dest).info('holder 13812345678 signed in');
    // Asked while the file is still being opened: written as soon as it can be, within the interval.
    dest.flush();
    expect(await until(() => read(file).length > 0, LOG_FLUSH_MS * 3)).toBe(true);
    expect(read(file)).toContain('138****5678');
    expect(read(file)).not.toContain('13812345678');
  });

  // Stdout, as in production (a file's descriptor is not open yet this early in a process).
  it.each([
    ['calls process.exit at once', 'process.exit(0);'],
    ['runs out of work', ''],
    ['throws', 'throw new Error("boom");'],
  ])('writes the lines it still holds to stdout when the process %s', (_case, end) => {
    const logger = JSON.stringify(path.join(import.meta.dirname, 'logger.ts'));
    const script = `const { batchedDestination, createLogger } = await import(${logger});
      const log = createLogger('info', batchedDestination(1));
      for (let i = 0; i < 3; i++) log.info({ i }, 'request completed');
      ${end}`;
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      encoding: 'utf8',
    });
    expect(run.status).toBe(end.startsWith('throw') ? 1 : 0);
    const seen = run.stdout
      .trim()
      .split('\n')
      .map((l) => (JSON.parse(l) as { i: number }).i);
    expect(seen).toEqual([0, 1, 2]);
  });
});
