import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import {
  addDays,
  diffDays,
  endorsementWindow,
  isRenewal,
  latestPermit,
  pointsStatusOn,
  reminderOnDay,
  selectPolicy,
  type ApplicationKind,
  type Policy,
  type ReminderRule,
} from '@jifen/domain';
import { shanghaiDate } from '../src/clock.ts';
import { loadHolderTimeline } from '../src/modules/holders/holder-timeline.ts';
import { runSweep } from '../src/modules/points-records/points-records.sweep.ts';
import { revokeNotice } from '../src/modules/notices/notices.service.ts';
import { Client } from './support/client.ts';
import { DB_KINDS } from './support/databases.ts';
import { holderIdByName } from './support/fixtures.ts';
import { startHarness, type Harness } from './support/harness.ts';
import { pdfTextAndLinks } from './support/pdf.ts';

/**
 * Issue 17, D: a model-based property test of one holder across every
 * table. Random sequences of what the roles do (endorse, issue a new permit,
 * create / confirm / submit / approve / return / reject / withdraw an
 * application, change employer with the holder's consent, publish the
 * average wage, days passing with the daily sweep) run through the real API
 * on the demo data from today's date, over about two years; after every
 * step the invariants below must hold of 李明:
 *
 * - a valid notice's end = its points cycle's end = the expiry of the permit
 *   period it renewed (L-1);
 * - no points valid after clearing until a new approval (L-4), and no
 *   notice verifies as valid then;
 * - at most one open application and at most one valid notice;
 * - exactly one employer has access to the holder's current data;
 * - every reminder sent matches its sending day's state;
 * - the state HR reads is the domain's state of the stored timeline.
 *
 * Bounded for CI: JIFEN_MODEL_RUNS runs (default 4) of at most
 * JIFEN_MODEL_STEPS commands (default 40) per database.
 */
const RUNS = Number(process.env.JIFEN_MODEL_RUNS ?? 4);
const STEPS = Number(process.env.JIFEN_MODEL_STEPS ?? 40);
const HOLDER_ID_NUMBER = '310115199003071239';

interface World {
  h: Harness;
  holderId: string;
  hr: { acme: Client; beta: Client };
  employer: 'acme' | 'beta';
  holder: Client;
  clerk: Client;
  reviewer: { acme: Client; beta: Client };
  admin: Client;
  admin2: Client;
  wagePublished: boolean;
  /** Verification codes of every notice printed so far. */
  codes: string[];
  keys: number;
  log: string[];
}

type Model = Record<string, never>;
type Cmd = fc.AsyncCommand<Model, World>;

const today = (w: World) => shanghaiDate(w.h.clock.now());
function policyOn(w: World, day: string): Policy {
  const p = selectPolicy(w.h.policy.set(), day);
  if (!p.ok) throw new Error(p.error.message.en);
  return p.value;
}
const ok = (status: number) => status >= 200 && status < 300;
/** A refusal must be a coded 4xx, never a 5xx: the services decide, the model checks what they leave. */
function expectHandled(res: { statusCode: number; body: string }, what: string): boolean {
  expect(res.statusCode, `${what}: ${res.body}`).toBeLessThan(500);
  return ok(res.statusCode);
}

async function openApplication(w: World) {
  return w.h.db.maybeOne<{ id: string; state: string; version: number; kind: string }>(
    "SELECT id, state, version, kind FROM applications WHERE holder_id = $1 AND state NOT IN ('approved', 'rejected', 'withdrawn')",
    [w.holderId],
  );
}

class PassDays implements Cmd {
  constructor(readonly days: number) {}
  check = () => true;
  async run(_m: Model, w: World) {
    for (let i = 0; i < this.days; i++) {
      w.h.clock.advanceMinutes(24 * 60);
      await runSweep({ db: w.h.db, clock: w.h.clock, pii: w.h.pii, policySet: w.h.policy.set, revokeNotice });
    }
    w.log.push(`+${this.days}d -> ${today(w)}`);
    // Sessions end after days away (their absolute lifetime): everyone signs in again, as people do.
    await signInAll(w);
    await keepRecordsCurrent(w);
    await checkInvariants(w);
  }
  toString = () => `PassDays(${this.days})`;
}

class Endorse implements Cmd {
  check = () => true;
  async run(_m: Model, w: World) {
    const day = today(w);
    const latest = latestPermit(await loadHolderTimeline(w.h.db, w.holderId));
    const win = latest ? endorsementWindow(latest, day, day, policyOn(w, day)) : null;
    const newExpiresOn = win?.ok ? win.value.latestNewExpiry : addDays(day, 365);
    const res = await w.clerk.post(`/api/v1/holders/${w.holderId}/endorsements`, { endorsedOn: day, newExpiresOn });
    w.log.push(`endorse ${newExpiresOn}: ${res.statusCode}${ok(res.statusCode) ? '' : ` ${res.json().error?.code}`}`);
    // The rules allow it exactly when the domain's window does (L-5 refuses a lapsed permit).
    expect(expectHandled(res, 'endorse'), res.body).toBe(win?.ok === true);
    await checkInvariants(w);
  }
  toString = () => 'Endorse';
}

class NewPermit implements Cmd {
  check = () => true;
  async run(_m: Model, w: World) {
    const day = today(w);
    const res = await w.clerk.post(`/api/v1/holders/${w.holderId}/new-permits`, {
      permitNo: `沪居${w.keys++}`,
      issuedOn: day,
      expiresOn: addDays(day, 364),
    });
    w.log.push(`new permit: ${res.statusCode}`);
    expectHandled(res, 'new permit');
    await checkInvariants(w);
  }
  toString = () => 'NewPermit';
}

class Create implements Cmd {
  constructor(readonly kind: string) {}
  check = () => true;
  async run(_m: Model, w: World) {
    const res = await w.hr[w.employer].post(
      '/api/v1/applications',
      { holderId: w.holderId, kind: this.kind },
      { headers: { 'idempotency-key': `model-key-${w.keys++}` } },
    );
    w.log.push(`create ${this.kind}: ${res.statusCode}${ok(res.statusCode) ? '' : ` ${res.json().error?.code}`}`);
    expectHandled(res, 'create');
    await checkInvariants(w);
  }
  toString = () => `Create(${this.kind})`;
}

/** The next move on the open application, by whoever makes it: confirm, submit, a reviewer's decision, or a withdrawal. */
class Move implements Cmd {
  constructor(readonly choice: 'approve' | 'return_for_correction' | 'reject' | 'withdraw' | 'next') {}
  check = () => true;
  async run(_m: Model, w: World) {
    const open = await openApplication(w);
    if (!open) return;
    const act = (c: Client, action: string, reason?: string) =>
      c.post(`/api/v1/applications/${open.id}/actions/${action}`, {
        expectedVersion: open.version,
        ...(reason ? { reason } : {}),
      });
    // The points on file before the move: a new application goes ahead only once they are cleared (L-4).
    const before = (await loadHolderTimeline(w.h.db, w.holderId)).cycle;
    let res;
    if (this.choice === 'withdraw') res = await act(w.hr[w.employer], 'withdraw', '模型测试撤回');
    else if (open.state === 'draft') res = await act(w.holder, 'confirm');
    else if (open.state === 'holder_confirmed' || open.state === 'returned')
      res = await act(w.hr[w.employer], 'submit');
    else if (open.state === 'awaiting_visit') res = await act(w.reviewer[w.employer], 'accept_materials');
    else if (open.state === 'under_review') {
      const choice = this.choice === 'next' ? 'approve' : this.choice;
      res = await act(w.reviewer[w.employer], choice, choice === 'approve' ? undefined : '模型测试：材料需补正');
    } else return;
    w.log.push(
      `${open.state} ${this.choice}: ${res.statusCode}${ok(res.statusCode) ? '' : ` ${res.json().error?.code}`}`,
    );
    expectHandled(res, `${open.state} ${this.choice}`);
    const submitted =
      this.choice !== 'withdraw' &&
      (open.state === 'holder_confirmed' || open.state === 'returned') &&
      ok(res.statusCode);
    if (submitted && !isRenewal(open.kind as ApplicationKind) && before) {
      const day = today(w);
      const overdue = diffDays(day, before.expiresOn);
      expect(
        overdue,
        `after ${w.log.join(' | ')}: a ${open.kind} submitted on ${day}, points until ${before.expiresOn}`,
      ).toBeGreaterThan(policyOn(w, day).params.lifecycle.pointsClearedAfterDays);
    }
    const after = await w.h.db.one<{ state: string; notice_issued_on: string | null }>(
      'SELECT state, notice_issued_on::text AS notice_issued_on FROM applications WHERE id = $1',
      [open.id],
    );
    if (after.state === 'approved' && after.notice_issued_on) await printNotice(w, open.id);
    await checkInvariants(w);
  }
  toString = () => `Move(${this.choice})`;
}

class ChangeEmployer implements Cmd {
  check = () => true;
  async run(_m: Model, w: World) {
    const to = w.employer === 'acme' ? 'beta' : 'acme';
    const res = await w.hr[to].post('/api/v1/holders', {
      name: '李明',
      residentId: HOLDER_ID_NUMBER,
      mobile: '13600008888',
      username: `h.m${w.keys++}`,
      initialPassword: 'Lujiazui@Ferry-26',
    });
    expectHandled(res, 'transfer request');
    const mine = (await w.holder.get('/api/v1/me/transfers')).json() as { transfers: { id: string; state: string }[] };
    const pending = mine.transfers.find((t) => t.state === 'pending');
    if (pending) {
      const accepted = await w.holder.post(`/api/v1/me/transfers/${pending.id}/accept`);
      if (expectHandled(accepted, 'accept transfer')) {
        w.employer = to;
        await keepRecordsCurrent(w);
      }
    }
    w.log.push(`transfer to ${to}: ${res.statusCode}, now ${w.employer}`);
    await checkInvariants(w);
  }
  toString = () => 'ChangeEmployer';
}

class PublishWage implements Cmd {
  check = () => true;
  async run(_m: Model, w: World) {
    if (w.wagePublished) return;
    const draft = await w.admin.post('/api/v1/admin/policy/wages', {
      year: 2025,
      monthlyAverage: 12434,
      source: 'jifen model test figure',
    });
    expectHandled(draft, 'wage draft');
    const published = await w.admin2.post(`/api/v1/admin/policy/documents/${draft.json().document.id}/publish`, {});
    expectHandled(published, 'wage publish');
    w.wagePublished = true;
    w.log.push('wage 2025 published');
    // A publication may approve a held R-1 renewal (P-2): its notice is printed like any other.
    const approved = await w.h.db.query<{ id: string }>(
      "SELECT id FROM applications WHERE holder_id = $1 AND state = 'approved' AND notice_issued_on IS NOT NULL",
      [w.holderId],
    );
    for (const a of approved) await printNotice(w, a.id);
    await checkInvariants(w);
  }
  toString = () => 'PublishWage';
}

/**
 * HR keeps the holder's monthly social-insurance and tax records up to the
 * current month, as employers do (C-1 asks for this month insured): 54
 * months paid by the current employer, which also declares the tax.
 */
async function keepRecordsCurrent(w: World): Promise<void> {
  const { uscc } = await w.h.db.one<{ uscc: string }>(
    'SELECT e.uscc FROM holders h JOIN employers e ON e.id = h.employer_id WHERE h.id = $1',
    [w.holderId],
  );
  const now = today(w).slice(0, 7);
  const months = Array.from({ length: 54 }, (_, i) => {
    const d = new Date(`${now}-01T00:00:00Z`);
    d.setUTCMonth(d.getUTCMonth() - 53 + i);
    return {
      month: d.toISOString().slice(0, 7),
      paid: true,
      backPaid: false,
      base: 12000,
      employerUscc: uscc,
      taxDeclarers: [uscc],
      taxedIncome: 15000,
    };
  });
  const res = await w.hr[w.employer].request('PUT', `/api/v1/holders/${w.holderId}/records`, { body: { months } });
  expectHandled(res, 'records');
}

async function signInAll(w: World): Promise<void> {
  const as = (u: string) => Client.signedIn(w.h.app, u);
  w.hr = { acme: await as('hr.acme'), beta: await as('hr.beta') };
  w.holder = await as('holder.li');
  w.clerk = await as('clerk.pd');
  w.reviewer = { acme: await as('reviewer.pd'), beta: await as('reviewer.xh') };
  w.admin = await as('admin');
  w.admin2 = await as('admin2');
}

async function printNotice(w: World, applicationId: string): Promise<void> {
  const res = await w.holder.get(`/api/v1/applications/${applicationId}/notice.pdf`);
  if (res.statusCode !== 200) return; // revoked already: nothing printable
  const { links } = await pdfTextAndLinks(res.rawPayload);
  const code = links[0]!.slice(links[0]!.indexOf('/verify/') + '/verify/'.length);
  if (!w.codes.includes(code)) w.codes.push(code);
}

async function checkInvariants(w: World): Promise<void> {
  const day = today(w);
  const policy = policyOn(w, day);
  const why = `after ${w.log.join(' | ')}`;
  const timeline = await loadHolderTimeline(w.h.db, w.holderId);
  const cycle = timeline.cycle;

  // At most one open application.
  const open = await w.h.db.one<{ n: number }>(
    "SELECT count(*)::int AS n FROM applications WHERE holder_id = $1 AND state NOT IN ('approved', 'rejected', 'withdrawn')",
    [w.holderId],
  );
  expect(open.n, why).toBeLessThanOrEqual(1);

  // The latest approval: its permit period's expiry = the points cycle's end = its notice's end (L-1).
  const last = await w.h.db.maybeOne<{ id: string; permit_id: string | null; expires_on: string | null }>(
    `SELECT a.id, a.permit_id, p.expires_on::text AS expires_on FROM applications a LEFT JOIN permits p ON p.id = a.permit_id
     WHERE a.holder_id = $1 AND a.state = 'approved' ORDER BY a.updated_at DESC LIMIT 1`,
    [w.holderId],
  );
  if (last?.permit_id && cycle) expect(cycle.expiresOn, why).toBe(last.expires_on);

  // Every notice printed so far: at most one verifies as valid; that one ends with the cycle; none once cleared.
  const cleared = cycle ? diffDays(day, cycle.expiresOn) > policy.params.lifecycle.pointsClearedAfterDays : false;
  const anon = new Client(w.h.app);
  const valid = [];
  for (const code of w.codes) {
    const v = (await anon.get(`/api/v1/public/notices/${code}`)).json() as {
      status: string;
      notice?: { validUntil: string | null };
    };
    if (v.status === 'valid') valid.push(v);
  }
  expect(valid.length, why).toBeLessThanOrEqual(1);
  if (valid[0] && cycle) expect(valid[0].notice?.validUntil, why).toBe(cycle.expiresOn);
  if (cleared) expect(valid, why).toEqual([]);

  // Exactly one employer has access to the holder's current data.
  const [acme, beta] = await Promise.all([
    w.hr.acme.get(`/api/v1/holders/${w.holderId}`),
    w.hr.beta.get(`/api/v1/holders/${w.holderId}`),
  ]);
  expect([acme.statusCode, beta.statusCode], why).toEqual(w.employer === 'acme' ? [200, 404] : [404, 200]);

  // The state HR reads is the domain's state of the stored timeline; cleared points never read as valid.
  const shown = (w.employer === 'acme' ? acme : beta).json().holder as { lifecycle: { state: string } | null };
  const expected = pointsStatusOn(timeline, day, policy);
  if (expected?.ok) expect(shown.lifecycle?.state, why).toBe(expected.value.state);
  if (cleared) expect(['points_cleared', 'permit_lapsed'], why).toContain(shown.lifecycle?.state);

  // Every reminder of the current cycle that was sent matches its sending day's state.
  if (cycle) {
    const sent = await w.h.db.query<{ kind: ReminderRule['kind']; due_on: string; sent_on: string }>(
      `SELECT m.kind, m.due_on::text AS due_on, m.sent_on::text AS sent_on FROM points_reminders m JOIN points_records r ON r.id = m.record_id
       WHERE r.holder_id = $1 AND m.cycle = r.cycle AND m.sent_on IS NOT NULL`,
      [w.holderId],
    );
    for (const m of sent) {
      const judged = reminderOnDay(
        { kind: m.kind, dueOn: m.due_on, expiresOn: cycle.expiresOn },
        m.sent_on,
        policyOn(w, m.sent_on),
      );
      expect(judged.send, `${why}: reminder ${m.kind} due ${m.due_on} sent ${m.sent_on}`).toBe(true);
    }
  }
}

// Days passing three times as often as any one action, up to 4 months at once: a run covers about two years.
const days = fc.constantFrom(1, 3, 10, 25, 40, 70, 120).map((d) => new PassDays(d));
// An application takes four moves to approval (confirm, submit, accept, approve): moves come as often as days.
const moves = fc
  .constantFrom<Move['choice']>('next', 'next', 'next', 'approve', 'return_for_correction', 'reject', 'withdraw')
  .map((c) => new Move(c));
const commands = [
  days,
  days,
  days,
  fc.constant(new Endorse()),
  fc.constant(new NewPermit()),
  fc
    .constantFrom(
      'renewal_same_employer',
      'renewal_changed_employer',
      'first_application',
      'reapplication_after_clearing',
    )
    .map((k) => new Create(k)),
  moves,
  moves,
  moves,
  fc.constant(new ChangeEmployer()),
  fc.constant(new PublishWage()),
];

describe.each(DB_KINDS)("one holder's truth across every table: model-based (%s)", (kind) => {
  const open: Harness[] = [];
  afterAll(async () => {
    await Promise.all(open.map((h) => h.close()));
  });

  it(
    `${RUNS} runs of up to ${STEPS} steps from today keep every invariant`,
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.commands(commands, { maxCommands: STEPS, size: 'max' }), async (cmds) => {
          // Today's date (the demo data is dated from the day it is created), at 10:00 in Shanghai.
          const h = await startHarness(kind, { now: `${shanghaiDate(new Date())}T02:00:00.000Z` });
          open.push(h);
          const w = {
            h,
            holderId: await holderIdByName(h.db, '李明'),
            employer: 'acme',
            wagePublished: false,
            codes: [],
            keys: 0,
            log: [],
          } as unknown as World;
          await signInAll(w);
          const prior = await h.db.query<{ id: string }>(
            "SELECT id FROM applications WHERE holder_id = $1 AND state = 'approved'",
            [w.holderId],
          );
          for (const a of prior) await printNotice(w, a.id);
          await checkInvariants(w);
          await fc.asyncModelRun(() => ({ model: {}, real: w }), cmds);
          // JIFEN_MODEL_VERBOSE=1 prints each run's steps and outcomes, to see what the runs reach.
          if (process.env.JIFEN_MODEL_VERBOSE) console.log(w.log.join(' | '));
          await h.close();
          open.splice(open.indexOf(h), 1);
        }),
        { numRuns: RUNS, endOnFailure: true },
      );
    },
    20 * 60_000,
  );
});
