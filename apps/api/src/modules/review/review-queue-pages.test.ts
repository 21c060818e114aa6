import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareByDue, countSla, queueSla, type QueueSlaView } from '@jifen/domain';
import { Client } from '../../../test/support/client.ts';
import { DB_KINDS } from '../../../test/support/databases.ts';
import { startHarness, type Harness } from '../../../test/support/harness.ts';
import { today } from '../applications/applications.view.ts';

/**
 * Issue 20: the reviewer's queue comes in pages; the SLA status is filtered,
 * counted and ordered in SQL. Through the API, on a district with 160 open
 * cases of every shape (due dates around today and the at-risk threshold,
 * into 2027 whose calendar is not loaded (P-2), pending years, none, states
 * that do not run), the pages joined are what the queue gave before paging:
 * each case through `queueSla`, counted by `countSla`, sorted by
 * `compareByDue` from due-date order.
 */
const CASES = 160;

describe.each(DB_KINDS)("the reviewer's queue in pages (%s)", (kind) => {
  let h: Harness;
  let reviewer: Client;
  let english: Client;

  beforeAll(async () => {
    // Tuesday 2026-12-15: 20 working days ahead reach into 2027, which no calendar covers yet.
    h = await startHarness(kind, { now: '2026-12-15T02:00:00.000Z' });
    const hr = await h.db.one<{ id: string; employer_id: string }>(
      "SELECT id, employer_id FROM users WHERE username = 'hr.acme'",
    );
    await h.db.query(
      `INSERT INTO holders (id, name, resident_id_enc, resident_id_hash, resident_id_masked, birth_date, sex, employer_id, created_at)
       SELECT ('00000000-0000-4000-9000-' || lpad(g::text, 12, '0'))::uuid, '排队' || g, 'x', md5('q' || g) || md5('r' || g),
         '3101**********' || lpad(g::text, 4, '0'), '1990-01-01', 'M', $1, now()
       FROM generate_series(1, $2::int) g`,
      [hr.employer_id, CASES],
    );
    // Due dates one a day from 40 days ago; every 7th not under review, every 11th a pending year, every 13th no date.
    await h.db.query(
      `INSERT INTO applications (id, holder_id, employer_id, kind, state, number, sla_due, sla_pending_year,
         created_by, created_at, updated_at, idempotency_key)
       SELECT ('00000000-0000-4000-a000-' || lpad((g * 7919 % 100000)::text, 12, '0'))::uuid,
         ('00000000-0000-4000-9000-' || lpad(g::text, 12, '0'))::uuid, $1, 'first_application',
         CASE WHEN g % 7 = 0 THEN 'awaiting_visit' WHEN g % 7 = 3 THEN 'returned' ELSE 'under_review' END,
         'JF1999-' || lpad(g::text, 6, '0'),
         CASE WHEN g % 13 = 0 THEN NULL ELSE DATE '2026-11-05' + (g / 2) * 1 + (g % 2) * 30 END,
         CASE WHEN g % 11 = 0 THEN 2027 END,
         $2, TIMESTAMPTZ '2026-10-01T00:00:00Z' + (g % 5) * interval '1 hour', now(), 'pages-' || g
       FROM generate_series(1, $3::int) g`,
      [hr.employer_id, hr.id, CASES],
    );
    reviewer = await Client.signedIn(h.app, 'reviewer.pd');
    english = await Client.signedIn(h.app, 'reviewer.pd');
    english.lang = 'en';
  }, 180_000);
  afterAll(async () => h?.close());

  /** The queue as it was computed before issue 20's paging, from the rows themselves. */
  async function before() {
    const rows = await h.db.query<{
      id: string;
      state: string;
      sla_due: string | null;
      sla_pending_year: number | null;
    }>(
      `SELECT a.id, a.state, to_char(a.sla_due, 'YYYY-MM-DD') AS sla_due, a.sla_pending_year
       FROM applications a JOIN employers e ON e.id = a.employer_id
       WHERE e.district_code = (SELECT district_code FROM users WHERE username = 'reviewer.pd')
         AND a.state IN ('awaiting_visit', 'under_review', 'returned')
       ORDER BY a.sla_due NULLS LAST, a.created_at, a.id`,
    );
    const t = today({ clock: h.clock, policy: h.policy });
    const atRisk = t.policy.params.workflow.reviewAtRiskWorkingDays;
    const calendar = h.policy.set().calendar;
    const views: { id: string; sla: QueueSlaView }[] = rows.map((r) => ({
      id: r.id,
      sla: queueSla(
        { state: r.state, slaDue: r.sla_due, slaPendingYear: r.sla_pending_year },
        t.today,
        calendar,
        atRisk,
      ),
    }));
    return { counts: countSla(views.map((v) => v.sla)), ordered: views.sort((a, b) => compareByDue(a.sla, b.sla)) };
  }

  async function allPages(query: string, pageSize: number) {
    const seen: { id: string; sla: QueueSlaView }[] = [];
    let total = -1;
    for (let page = 1; page < 100; page++) {
      const res = await reviewer.get(`/api/v1/review/queue?pageSize=${pageSize}&page=${page}${query}`);
      expect(res.statusCode, res.body).toBe(200);
      const body = res.json();
      expect(body).toMatchObject({ page, pageSize });
      total = body.total;
      seen.push(...body.cases.map((c: { id: string; sla: QueueSlaView }) => ({ id: c.id, sla: c.sla })));
      if (body.cases.length < pageSize) break;
    }
    return { total, seen };
  }

  it('joins the pages into the whole queue, most urgent first, with the same counts and SLA of each case', async () => {
    const { counts, ordered } = await before();
    expect(ordered.length).toBeGreaterThanOrEqual(CASES);
    // Every status is there to be counted.
    for (const n of Object.values(counts)) expect(n).toBeGreaterThan(0);
    const { total, seen } = await allPages('', 17);
    expect(total).toBe(ordered.length);
    expect(seen).toEqual(ordered);
    const first = (await reviewer.get('/api/v1/review/queue')).json();
    expect(first.counts).toEqual(counts);
    expect(first).toMatchObject({ page: 1, pageSize: 50, total: ordered.length });
    expect(first.cases.map((c: { id: string }) => c.id)).toEqual(ordered.slice(0, 50).map((c) => c.id));
  });

  it.each(['breached', 'at_risk', 'on_track', 'pending', 'not_running'] as const)(
    'an SLA filter (%s) pages through its own cases; the counts stay over the other filters',
    async (sla) => {
      const { counts, ordered } = await before();
      const { total, seen } = await allPages(`&sla=${sla}`, 9);
      expect(total).toBe(counts[sla]);
      expect(seen).toEqual(ordered.filter((c) => c.sla.status === sla));
      expect((await reviewer.get(`/api/v1/review/queue?sla=${sla}`)).json().counts).toEqual(counts);
    },
  );

  it("offers every employer with a case at the centre, whatever the page, the filters or the page's cases", async () => {
    const everyone = await h.db.query<{ id: string; name: string }>(
      `SELECT DISTINCT e.id::text AS id, e.name FROM applications a JOIN employers e ON e.id = a.employer_id
       WHERE e.district_code = (SELECT district_code FROM users WHERE username = 'reviewer.pd')
         AND a.state IN ('awaiting_visit', 'under_review', 'returned')`,
    );
    const byName = (a: { id: string; name: string }, b: { id: string; name: string }) =>
      a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : 1;
    // The generated cases are all one employer's: one of them moves to another employer of 浦东 (the demo's pending one).
    const other = await h.db.one<{ id: string; name: string }>(
      `SELECT id::text AS id, name FROM employers
       WHERE district_code = (SELECT district_code FROM users WHERE username = 'reviewer.pd')
         AND id <> (SELECT employer_id FROM users WHERE username = 'hr.acme') ORDER BY name LIMIT 1`,
    );
    await h.db.execute("UPDATE applications SET employer_id = $1 WHERE number = 'JF1999-000001'", [other.id]);
    everyone.push(...(everyone.some((e) => e.id === other.id) ? [] : [other]));
    expect(everyone.length).toBeGreaterThan(1);
    const one = everyone[0]!;
    for (const query of ['', '?page=40&pageSize=200', `?employerId=${one.id}`, '?sla=breached&pageSize=1']) {
      const res = (await reviewer.get(`/api/v1/review/queue${query}`)).json();
      expect([...res.employers].sort(byName), query).toEqual([...everyone].sort(byName));
    }
  });

  it('a page past the end is empty and still says the total', async () => {
    const res = (await reviewer.get('/api/v1/review/queue?page=40&pageSize=200')).json();
    expect(res.cases).toEqual([]);
    expect(res.total).toBeGreaterThanOrEqual(CASES);
  });

  it.each([
    ['pageSize=0', 'pageSize', '每页条数须为 1 至 200 之间的整数'],
    ['pageSize=201', 'pageSize', '每页条数须为 1 至 200 之间的整数'],
    ['pageSize=2.5', 'pageSize', '每页条数须为 1 至 200 之间的整数'],
    ['page=0', 'page', '页码须为 1 至 100000 之间的整数'],
    ['page=abc', 'page', '页码须为 1 至 100000 之间的整数'],
  ])('refuses %s with what to fix, in both languages', async (query, field, zh) => {
    const res = await reviewer.get(`/api/v1/review/queue?${query}`);
    expect(res.statusCode).toBe(400);
    expect(JSON.stringify(res.json().error.details)).toContain(zh);
    expect(JSON.stringify(res.json().error.details)).toContain(field);
    const inEnglish = await english.get(`/api/v1/review/queue?${query}`);
    expect(JSON.stringify(inEnglish.json().error.details)).toMatch(field === 'page' ? /page number/ : /page size/);
  });
});
