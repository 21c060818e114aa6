import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.ts';

describe('config', () => {
  it('has working defaults', () => {
    const r = loadConfig({});
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.config).toMatchObject({ port: 3000, host: '127.0.0.1', databaseUrl: undefined, sessionIdleMinutes: 30, demoData: 'auto' });
    expect(r.config.pgliteDir).toMatch(/\.data[\\/]pglite$/);
  });

  it('lists every problem readably', () => {
    const r = loadConfig({ PORT: 'abc', JIFEN_DATA_KEY: 'short', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.join('\n')).toMatch(/PORT/);
    expect(r.errors.join('\n')).toMatch(/JIFEN_DATA_KEY: must be 32 bytes/);
    expect(r.errors.join('\n')).toMatch(/DATABASE_URL/);
    expect(r.errors.join('\n')).toMatch(/LOG_LEVEL/);
  });

  it('requires a data key in production', () => {
    const r = loadConfig({ NODE_ENV: 'production' });
    expect(r.ok).toBe(false);
    const key = Buffer.alloc(32, 3).toString('base64');
    const ok = loadConfig({ NODE_ENV: 'production', JIFEN_DATA_KEY: key });
    expect(ok.ok && ok.config.dataKey?.length).toBe(32);
  });
});
