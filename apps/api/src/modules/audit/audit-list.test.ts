// The audit log as the administrator reads it (issue #10, item 7): keyset
// pages to the very first entry, server-side filters, the actor's name, and
// routing credited to the system as in the application's history.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from '../../../test/support/client.ts';
import { DB_KINDS } from '../../../test/support/databases.ts';
import { holderIdByName } from '../../../test/support/fixtures.ts';
import { startHarness, type Harness } from '../../../test/support/harness.ts';
import { act, createDraft, withoutPointsOnFile } from '../applications/test-support.ts';

interface Entry {
  id: string;
  at: string;
  actorId: string | null;
  actorName: string | null;
  action: string;
  subjectType: string;
  subjectId: string | null;
  subjectName: string | null;
  requestId: string | null;
}
interface Page {
  entries: Entry[];
  nextBefore: number | null;
}

describe.each(DB_KINDS)('GET /api/v1/audit (%s)', (kind) => {
  let h: Harness;
  let admin: Client;
  let hr: Client;
  let applicationId: string;

  const list = async (query: string) => {
    const res = await admin.get(`/api/v1/audit${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as Page;
  };

  beforeAll(async () => {
    // 2025-12-15: every wage year the demo records need is loaded, so 王芳's first application passes the checks and is routed.
    h = await startHarness(kind, { now: '2025-12-15T02:00:00.000Z' });
    admin = await Client.signedIn(h.app, 'admin');
    hr = await Client.signedIn(h.app, 'hr.acme');
    const holder = await Client.signedIn(h.app, 'holder.li');
    const liMing = await holderIdByName(h.db, '李明');
    await withoutPointsOnFile(h.db, liMing);
    const draft = await createDraft(hr, liMing);
    applicationId = draft.id;
    expect((await act(holder, draft.id, 'confirm', 1)).statusCode).toBe(200);
    const submitted = await act(hr, draft.id, 'submit', 2);
    expect(submitted.statusCode, submitted.body).toBe(200);
  });
  afterAll(async () => h?.close());

  it('pages back with nextBefore to the first entry, every entry once, newest first', async () => {
    const total = (await h.db.one<{ n: number }>('SELECT count(*)::int AS n FROM audit_log')).n;
    expect(total).toBeGreaterThan(7);
    const seen: string[] = [];
    let before: number | null = null;
    let pages = 0;
    do {
      const page: Page = await list(`?limit=3${before ? `&before=${before}` : ''}`);
      seen.push(...page.entries.map((e) => e.id));
      before = page.nextBefore;
      pages += 1;
    } while (before !== null && pages < 1000);
    expect(seen).toHaveLength(total);
    expect(seen.map(Number)).toEqual(Array.from({ length: total }, (_, i) => total - i));
  });

  it('credits routing to the system (no actor), the submission to the HR specialist, as the history does', async () => {
    const trail = await list(`?subjectType=application&subjectId=${applicationId}`);
    const byAction = new Map(trail.entries.map((e) => [e.action, e]));
    const submit = byAction.get('application.submit');
    expect(submit?.actorName).toBe('上海示例科技 张人事 (hr.acme)');
    const routed = trail.entries.find((e) =>
      /^application\.(auto_approve|route_to_visit|route_to_review)$/.test(e.action),
    );
    expect(routed, JSON.stringify(trail.entries.map((e) => e.action))).toBeDefined();
    expect(routed?.actorId).toBeNull();
    expect(routed?.actorName).toBeNull();
    expect(routed?.requestId).toBe(submit?.requestId); // the request that triggered it stays traceable
    const events = await h.db.query<{ action: string; actor_id: string | null }>(
      'SELECT action, actor_id FROM application_events WHERE application_id = $1 AND role = $2',
      [applicationId, 'system'],
    );
    expect(events.map((e) => e.action)).toEqual([routed?.action.replace('application.', '')]);
  });

  it('names each subject in words, with the masked ID for a person, and leaves the chain as it was (issue 22)', async () => {
    const before = (await (await admin.get('/api/v1/audit/verify')).json()) as { ok: boolean; checked: number };
    const trail = await list(`?subjectType=application&subjectId=${applicationId}`);
    const number = (
      await h.db.one<{ number: string }>('SELECT number FROM applications WHERE id = $1', [applicationId])
    ).number;
    expect(trail.entries.every((e) => e.subjectName === `${number} · 李明`)).toBe(true);
    const all = (await list('?limit=200')).entries;
    const masked = (await h.db.one<{ m: string }>("SELECT resident_id_masked AS m FROM holders WHERE name = '李明'")).m;
    const named = (type: string) => all.filter((e) => e.subjectType === type && e.subjectId && e.subjectId.length > 12);
    // Every entry about a person, an account or an application reads as words; no hex id stands in for a name.
    for (const type of ['application', 'holder', 'user', 'employer', 'points_record'])
      for (const e of named(type)) {
        expect(e.subjectName, `${e.action} ${e.subjectId}`).toBeTruthy();
        expect(e.subjectName).not.toMatch(/[0-9a-f]{8}/);
      }
    const liMing = await holderIdByName(h.db, '李明');
    const holderTrail = await list(`?subjectType=holder&subjectId=${liMing}`);
    for (const e of holderTrail.entries) expect(e.subjectName).toBe(`李明 · ${masked}`);
    expect((await admin.get('/api/v1/audit/verify')).json()).toMatchObject({ ok: true });
    expect(before.ok).toBe(true);
  });

  it('filters by actor (an account or the system), action, subject and Shanghai days', async () => {
    const hrId = (await h.db.one<{ id: string }>("SELECT id FROM users WHERE username = 'hr.acme'")).id;
    const byHr = await list(`?actorId=${hrId}&limit=200`);
    expect(byHr.entries.length).toBeGreaterThan(0);
    expect(byHr.entries.every((e) => e.actorId === hrId)).toBe(true);
    const bySystem = await list('?actorId=system&limit=200');
    expect(bySystem.entries.some((e) => e.action === 'demo.seed')).toBe(true);
    expect(bySystem.entries.every((e) => e.actorId === null)).toBe(true);
    const logins = await list('?action=auth.login&limit=200');
    expect(logins.entries.length).toBe(3);
    expect(logins.entries.every((e) => e.action === 'auth.login')).toBe(true);

    // Everything happened on 2025-12-15 Shanghai time (02:00 UTC = 10:00 in Shanghai).
    expect((await list('?from=2025-12-15&to=2025-12-15&limit=1')).entries).toHaveLength(1);
    expect((await list('?from=2025-12-16')).entries).toHaveLength(0);
    expect((await list('?to=2025-12-14')).entries).toHaveLength(0);
  });

  it.each([
    ['an unknown action', '?action=application.teleport', 'action'],
    ['an actor that is neither an id nor system', '?actorId=somebody', 'actorId'],
    ['a malformed date', '?from=15/12/2025', 'from'],
    ['an end before the start', '?from=2025-12-15&to=2025-12-01', 'to'],
    ['an unknown subject type', '?subjectType=planet', 'subjectType'],
  ])('refuses %s with a coded 400 in both languages', async (_name, query, field) => {
    const res = await admin.get(`/api/v1/audit${query}`);
    expect(res.statusCode, res.body).toBe(400);
    const error = res.json().error;
    expect(error.code).toMatch(/VALIDATION/);
    expect(JSON.stringify(error.details)).toContain(field);
  });

  it('is for the administrator only', async () => {
    expect((await hr.get('/api/v1/audit')).statusCode).toBe(403);
  });
});
