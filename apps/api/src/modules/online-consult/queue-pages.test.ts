import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from '../../../test/support/client.ts';
import { DB_KINDS } from '../../../test/support/databases.ts';
import { startHarness, type Harness } from '../../../test/support/harness.ts';

/** Issue 18, item 7: the consultant's queue after spam was one 607 KB reply; it comes in keyset pages now. */
describe.each(DB_KINDS)("the consultant's queue in pages (%s)", (kind) => {
  let h: Harness;
  let consultant: Client;
  beforeAll(async () => {
    h = await startHarness(kind, { now: '2026-12-07T02:00:00.000Z' });
    consultant = await Client.signedIn(h.app, 'consultant');
    const anon = new Client(h.app);
    await anon.fetchCsrf();
    for (let i = 0; i < 7; i++) {
      expect(
        (await anon.post('/api/v1/consult/threads', { question: `分页测试问题 ${i}`, consent: true })).statusCode,
      ).toBe(201);
      h.clock.advanceMinutes(1);
    }
  });
  afterAll(async () => h?.close());

  it('joins the pages into the whole queue, in order, and ends with no cursor', async () => {
    const whole = (await consultant.get('/api/v1/consult/workbench?limit=100')).json();
    expect(whole.nextCursor).toBeNull();
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res = await consultant.get(`/api/v1/consult/workbench?limit=3${cursor ? `&cursor=${cursor}` : ''}`);
      expect(res.statusCode, res.body).toBe(200);
      const page = res.json();
      expect(page.threads.length).toBeLessThanOrEqual(3);
      seen.push(...page.threads.map((t: { id: string }) => t.id));
      cursor = page.nextCursor;
      pages++;
    } while (cursor);
    expect(seen).toEqual(whole.threads.map((t: { id: string }) => t.id));
    expect(pages).toBe(Math.ceil(seen.length / 3));
    // The default page is 50, never the 300 threads with all their messages of before.
    expect((await consultant.get('/api/v1/consult/workbench')).json().threads.length).toBeLessThanOrEqual(50);
  });

  it('refuses a cursor it did not give, and a page over 100', async () => {
    const bad = await consultant.get('/api/v1/consult/workbench?cursor=bm90LWEtY3Vyc29y');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('VALIDATION.CURSOR');
    expect((await consultant.get('/api/v1/consult/workbench?limit=101')).statusCode).toBe(400);
  });
});
