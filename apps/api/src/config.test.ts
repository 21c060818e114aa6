import { describe, expect, it } from 'vitest';
import { clockStartingOn, shanghaiDate } from './clock.ts';
import { loadConfig, SMS_MESSAGE_KINDS } from './config.ts';

describe('config', () => {
  it('has working defaults', () => {
    const r = loadConfig({});
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.config).toMatchObject({
      port: 3000,
      host: '127.0.0.1',
      databaseUrl: undefined,
      sessionIdleMinutes: 30,
      demoData: 'auto',
    });
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

  it('cookies are Secure in production unless SECURE_COOKIES says otherwise', () => {
    const key = Buffer.alloc(32, 3).toString('base64');
    const secure = (env: Record<string, string>) => {
      const r = loadConfig(env);
      return r.ok ? r.config.secureCookies : r.errors.join('\n');
    };
    expect(secure({ NODE_ENV: 'production', JIFEN_DATA_KEY: key })).toBe(true);
    expect(secure({ NODE_ENV: 'production', JIFEN_DATA_KEY: key, SECURE_COOKIES: 'false' })).toBe(false);
    expect(secure({})).toBe(false);
    expect(secure({ SECURE_COOKIES: 'true' })).toBe(true);
  });

  it('BUSINESS_DATE: a real date, refused in production', () => {
    const ok = loadConfig({ BUSINESS_DATE: '2024-02-29' });
    expect(ok.ok && ok.config.businessDate).toBe('2024-02-29');
    for (const bad of ['2025-02-29', '2025-13-01', '20251201', 'tomorrow']) {
      const r = loadConfig({ BUSINESS_DATE: bad });
      expect(r.ok ? 'accepted' : r.errors.join('\n'), bad).toMatch(/BUSINESS_DATE: must be/);
    }
    const key = Buffer.alloc(32, 3).toString('base64');
    const prod = loadConfig({ NODE_ENV: 'production', JIFEN_DATA_KEY: key, BUSINESS_DATE: '2025-12-15' });
    expect(prod.ok ? 'accepted' : prod.errors.join('\n')).toMatch(/BUSINESS_DATE: not allowed in production/);
  });
});

describe('clockStartingOn', () => {
  it('starts on the Shanghai date at the real time of day and runs on', () => {
    let real = Date.parse('2026-11-28T23:30:00+08:00');
    const clock = clockStartingOn('2025-12-31', { now: () => new Date(real) });
    expect(clock.now().toISOString()).toBe('2025-12-31T15:30:00.000Z');
    real += 60 * 60_000;
    expect(shanghaiDate(clock.now())).toBe('2026-01-01');
  });
});

describe('SMS provider settings (issue #12)', () => {
  const templates = JSON.stringify(Object.fromEntries(SMS_MESSAGE_KINDS.map((k, i) => [k, `SMS_${100 + i}`])));
  it('logs by default; Aliyun needs its key, signature and a template code for every message kind', () => {
    const plain = loadConfig({});
    expect(plain.ok && plain.config.sms).toEqual({ provider: 'log', maxAttempts: 6, retryBaseMs: 30_000 });
    const missing = loadConfig({ SMS_PROVIDER: 'aliyun' });
    expect(missing.ok ? [] : missing.errors).toEqual(
      ['ALIYUN_SMS_ACCESS_KEY_ID', 'ALIYUN_SMS_ACCESS_KEY_SECRET', 'ALIYUN_SMS_SIGN_NAME', 'ALIYUN_SMS_TEMPLATES'].map(
        (n) => `${n}: required when SMS_PROVIDER=aliyun`,
      ),
    );
    const aliyun = {
      SMS_PROVIDER: 'aliyun',
      ALIYUN_SMS_ACCESS_KEY_ID: 'id',
      ALIYUN_SMS_ACCESS_KEY_SECRET: 's',
      ALIYUN_SMS_SIGN_NAME: '上海积分',
    };
    const partial = loadConfig({ ...aliyun, ALIYUN_SMS_TEMPLATES: '{"approved":"SMS_1"}' });
    expect(partial.ok ? '' : partial.errors.join('\n')).toMatch(
      /ALIYUN_SMS_TEMPLATES: no template code for review_started/,
    );
    expect(loadConfig({ ...aliyun, ALIYUN_SMS_TEMPLATES: 'approved=SMS_1' }).ok).toBe(false);
    const full = loadConfig({ ...aliyun, ALIYUN_SMS_TEMPLATES: templates });
    expect(full.ok && full.config.sms.aliyun).toMatchObject({
      endpoint: 'dysmsapi.aliyuncs.com',
      protocol: 'https',
      templates: { approved: 'SMS_105' },
    });
    const key = Buffer.alloc(32, 3).toString('base64');
    const http = loadConfig({
      ...aliyun,
      ALIYUN_SMS_TEMPLATES: templates,
      ALIYUN_SMS_PROTOCOL: 'http',
      NODE_ENV: 'production',
      JIFEN_DATA_KEY: key,
    });
    expect(http.ok ? '' : http.errors.join('\n')).toMatch(/ALIYUN_SMS_PROTOCOL: http is for a local test server only/);
  });
});

describe('TRUST_PROXY: a hop count or the proxies’ addresses, never "trust whatever the client wrote" (issue 18 item 3)', () => {
  const trust = (v: string | undefined) => {
    const r = loadConfig(v === undefined ? {} : { TRUST_PROXY: v });
    return r.ok ? r.config.trustProxy : r.errors.join('\n');
  };
  it('reads off, a hop count and a list of addresses', () => {
    expect(trust(undefined)).toBe(false);
    expect(trust('false')).toBe(false);
    expect(trust('0')).toBe(false);
    expect(trust('1')).toBe(1);
    expect(trust('2')).toBe(2);
    expect(trust('10.0.0.2')).toEqual(['10.0.0.2']);
    expect(trust(' 10.0.0.2 , 10.0.1.0/24,::1 ')).toEqual(['10.0.0.2', '10.0.1.0/24', '::1']);
  });
  it('refuses true (the leftmost X-Forwarded-For, which the client chooses) and junk, saying what to write', () => {
    expect(trust('true')).toMatch(/TRUST_PROXY: .*number of proxies.*addresses/);
    expect(trust('yes')).toMatch(/TRUST_PROXY/);
    expect(trust('10.0.0.300')).toMatch(/TRUST_PROXY: .*10\.0\.0\.300/);
    expect(trust('10.0.0.0/33')).toMatch(/TRUST_PROXY/);
    expect(trust('-1')).toMatch(/TRUST_PROXY/);
  });
});
