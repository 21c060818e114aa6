import { readFileSync } from 'node:fs';
import path from 'node:path';
import { findUnstorableText } from '@jifen/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../config.ts';
import { Client } from '../../test/support/client.ts';
import { startHarness, type Harness } from '../../test/support/harness.ts';
import { MAX_JSON_DEPTH } from './json-depth.ts';

/**
 * Issue 18 item 5: about 5,000 nested JSON levels (10 KB) overflowed a
 * recursive text check into a 500 on every route with a body, anonymous
 * sign-in included; years like 9999 or 0000 reached the engine (500) or were
 * stored. Nesting is limited at the parser, the check is iterative, and every
 * date field has a sane range with a field error.
 */
const nested = (levels: number, leaf = '1') => '['.repeat(levels) + leaf + ']'.repeat(levels);

describe('the text check walks any depth without recursion', () => {
  it('finds a NUL 200,000 levels down and passes a clean one', () => {
    let deep: unknown = 'a\u0000b';
    for (let i = 0; i < 200_000; i++) deep = i % 2 ? [deep] : { k: deep };
    expect(findUnstorableText(deep)?.message).toBe('text.control');
    let clean: unknown = 'ok';
    for (let i = 0; i < 200_000; i++) clean = [clean];
    expect(findUnstorableText(clean)).toBeNull();
  });
});

describe('deep JSON and far dates are clear 400s, never 500s (issue 18 item 5)', () => {
  let h: Harness;
  let anon: Client;
  const example = JSON.parse(readFileSync(path.join(REPO_ROOT, 'docs/examples/assessment.json'), 'utf8')) as Record<
    string,
    unknown
  >;
  beforeAll(async () => {
    h = await startHarness('pglite');
    anon = new Client(h.app, '192.0.2.91');
    await anon.fetchCsrf();
  }, 120_000);
  afterAll(async () => h?.close());

  it('refuses a body nested deeper than the limit at the parser, in zh and en', async () => {
    for (const url of ['/api/v1/auth/login', '/api/v1/assessments']) {
      for (const body of [
        nested(5000),
        `{"username":${nested(5000, '"x"')},"password":"y"}`,
        '{"a":'.repeat(MAX_JSON_DEPTH + 1) + '1' + '}'.repeat(MAX_JSON_DEPTH + 1),
      ]) {
        anon.lang = 'zh';
        const zh = await anon.request('POST', url, { rawBody: body });
        expect(zh.statusCode, url).toBe(400);
        expect(zh.json().error.code).toBe('VALIDATION.TOO_DEEP');
        expect(zh.json().error.message).toContain(`${MAX_JSON_DEPTH}`);
        expect(zh.json().error.message).toMatch(/嵌套/);
        anon.lang = 'en';
        const en = await anon.request('POST', url, { rawBody: body });
        expect(en.json().error.message).toMatch(/nested/);
      }
    }
    anon.lang = 'zh';
  });

  it('lets depth up to the limit through to validation, and ignores brackets inside strings', async () => {
    const atLimit = await anon.request('POST', '/api/v1/auth/login', { rawBody: nested(MAX_JSON_DEPTH) });
    expect(atLimit.statusCode).toBe(400);
    expect(atLimit.json().error.code).toBe('VALIDATION.INVALID');
    const bracketsInText = await anon.request('POST', '/api/v1/auth/login', {
      rawBody: JSON.stringify({ username: '[{'.repeat(3000), password: '\\"[[[' }),
    });
    expect(bracketsInText.json().error.code).toBe('VALIDATION.INVALID');
  });

  it('refuses far years in an assessment with the field that is wrong', async () => {
    const cases: [string, Record<string, unknown>, string][] = [
      ['asOf', { input: example, asOf: '9999-12-31' }, 'asOf'],
      ['asOf 0000', { input: example, asOf: '0000-01-01' }, 'asOf'],
      [
        'marriage date',
        { input: { ...example, spouseHukouMarriageDate: '9999-01-01' }, asOf: '2026-12-06' },
        'input.spouseHukouMarriageDate',
      ],
      ['birth date', { input: { ...example, birthDate: '0000-01-01' }, asOf: '2026-12-06' }, 'input.birthDate'],
      [
        'records month',
        {
          input: {
            ...example,
            socialInsurance: { kind: 'records', months: [{ month: '9999-12', paid: true, base: 13000 }] },
          },
          asOf: '2026-12-06',
        },
        'input.socialInsurance.months[0].month',
      ],
    ];
    for (const [what, body, field] of cases) {
      const res = await anon.post('/api/v1/assessments', body);
      expect(res.statusCode, `${what}: ${res.body.slice(0, 300)}`).toBe(400);
      const paths = (res.json().error.details as { path: string; message: string }[]).map((d) => d.path);
      expect(paths, `${what}: ${res.body.slice(0, 400)}`).toContain(`body.${field}`);
      const detail = (res.json().error.details as { path: string; message: string }[]).find(
        (d) => d.path === `body.${field}`,
      )!;
      expect(detail.message, what).toMatch(
        /^(日期须在 1900-01-01 至 2099-12-31 之间|月份须在 1900-01 至 2099-12 之间|日期不存在)/,
      );
    }
  });

  it('never stores a permit expiry or a visit slot in year 9999', async () => {
    const reviewer = await Client.signedIn(h.app, 'reviewer.pd');
    const slot = await reviewer.post('/api/v1/visit-slots', { startsAt: '9999-12-31T02:00:00+08:00', capacity: 3 });
    expect(slot.statusCode, slot.body).toBe(400);
    expect(slot.json().error.details[0].path).toBe('body.startsAt');
    const clerk = await Client.signedIn(h.app, 'clerk.pd');
    const holder = await h.db.one<{ id: string }>('SELECT id::text AS id FROM holders ORDER BY id LIMIT 1');
    const endorse = await clerk.post(`/api/v1/holders/${holder.id}/endorsements`, {
      endorsedOn: '2026-12-06',
      newExpiresOn: '9999-12-31',
    });
    expect(endorse.statusCode, endorse.body).toBe(400);
    expect(endorse.json().error.details[0].path).toBe('body.newExpiresOn');
  });
});
