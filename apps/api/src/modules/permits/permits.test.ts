import { addDays, addYears } from '@jifen/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from '../../../test/support/client.ts';
import { DB_KINDS } from '../../../test/support/databases.ts';
import { holderIdByName } from '../../../test/support/fixtures.ts';
import { startHarness, type Harness } from '../../../test/support/harness.ts';
import { holderWithPermit } from '../../../test/support/holder-fixtures.ts';
import { residentIdFrom } from '../../demo/check-chars.ts';

const TODAY = '2026-06-15';
// Whole tokens only: a hex hash in the same text may hold a run of digits by chance.
const FULL_ID = /(?<![0-9A-Za-z+/])\d{17}[\dX](?![0-9A-Za-z+/=])/;

describe.each(DB_KINDS)('permits: look-up, endorsement (L-2..L-7), history (%s)', (kind) => {
  let h: Harness;
  let clerk: Client;
  beforeAll(async () => {
    h = await startHarness(kind);
    clerk = await Client.signedIn(h.app, 'clerk.pd');
  });
  afterAll(async () => h?.close());

  /** Endorses a fresh holder whose permit expired `n` days before `endorsedOn`. */
  async function endorseOverdue(n: number, endorsedOn = TODAY) {
    const expiresOn = addDays(endorsedOn, -n);
    const id = await holderWithPermit(h, expiresOn);
    const start = n > 0 ? endorsedOn : addDays(expiresOn, 1);
    const res = await clerk.post(`/api/v1/holders/${id}/endorsements`, {
      endorsedOn,
      newExpiresOn: addDays(addYears(start, 1), -1),
    });
    return { id, res, start };
  }

  it.each([
    [0, 'renewal_window', false, false],
    [1, 'grace', true, false],
    [60, 'grace', true, false],
    [61, 'points_cleared', true, true],
    [90, 'points_cleared', true, true],
  ])(
    'sh-2026 (seed): %i days overdue is %s; holding years restart %s; new points application %s',
    async (n, state, restart, cleared) => {
      const { id, res, start } = await endorseOverdue(n);
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json().endorsement).toMatchObject({
        daysOverdue: n,
        lifecycleState: state,
        holdingYearsRestart: restart,
        pointsNeedNewApplication: cleared,
        policyId: 'sh-2026',
      });
      const history = res.json().history;
      expect(history.permits).toHaveLength(2);
      expect(history.current.issuedOn).toBe(start);
      if (restart) expect(history.holdingSince).toBe(TODAY);
      else expect(history.holdingSince).toBe(history.permits[1].issuedOn);
      if (cleared) expect(res.json().notes.join(' ')).toContain('重新申请积分');
      const row = await h.db.one<{ policy_hash: string }>('SELECT policy_hash FROM endorsements WHERE holder_id = $1', [
        id,
      ]);
      expect(row.policy_hash).toMatch(/^[0-9a-f]{64}$/);
    },
  );

  it('refuses 91 days overdue: a new residence permit is needed (L-5), in zh and en', async () => {
    const { id, res } = await endorseOverdue(91);
    expect(res.statusCode).toBe(422);
    expect(res.json().error).toMatchObject({
      code: 'PERMIT.MUST_REAPPLY',
      message: expect.stringContaining('须重新申领居住证'),
    });
    clerk.lang = 'en';
    const en = await clerk.post(`/api/v1/holders/${id}/endorsements`, {
      endorsedOn: TODAY,
      newExpiresOn: addYears(TODAY, 1),
    });
    clerk.lang = 'zh';
    expect(en.json().error.message).toMatch(/apply for a new residence permit/);
    expect(
      (await h.db.one<{ n: number }>('SELECT count(*)::int AS n FROM endorsements WHERE holder_id = $1', [id])).n,
    ).toBe(0);
  });

  it.each([
    [1, false],
    [60, false],
    [61, true],
  ])(
    'sh-2018 (measures): %i days overdue keeps holding years unless points are cleared (restart %s)',
    async (n, restart) => {
      const { res } = await endorseOverdue(n, '2025-10-20');
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json().endorsement).toMatchObject({ policyId: 'sh-2018', holdingYearsRestart: restart });
    },
  );

  it('checks the renewed validity: after the endorsement and within one permit period', async () => {
    const id = await holderWithPermit(h, addDays(TODAY, 10));
    const same = await clerk.post(`/api/v1/holders/${id}/endorsements`, { endorsedOn: TODAY, newExpiresOn: TODAY });
    expect(same.statusCode).toBe(400);
    expect(same.json().error.code).toBe('VALIDATION.ENDORSEMENT_DATES');
    expect(same.json().error.details.map((d: { path: string }) => d.path)).toContain('newExpiresOn');
    const long = await clerk.post(`/api/v1/holders/${id}/endorsements`, {
      endorsedOn: TODAY,
      newExpiresOn: addDays(addYears(TODAY, 1), 11),
    });
    expect(long.json().error.details[0].message).toContain('12 个月');
    const future = await clerk.post(`/api/v1/holders/${id}/endorsements`, {
      endorsedOn: addDays(TODAY, 1),
      newExpiresOn: addYears(TODAY, 1),
    });
    expect(future.json().error.code).toBe('VALIDATION.ENDORSEMENT_DATE');
    const early = await holderWithPermit(h, addDays(TODAY, 200));
    const tooFar = await clerk.post(`/api/v1/holders/${early}/endorsements`, {
      endorsedOn: TODAY,
      newExpiresOn: addYears(addDays(TODAY, 200), 1),
    });
    expect(tooFar.json().error.details[0].message).toContain('2027-07-15');
    const fine = await clerk.post(`/api/v1/holders/${early}/endorsements`, {
      endorsedOn: TODAY,
      newExpiresOn: '2027-07-15',
    });
    expect(fine.json().endorsement).toMatchObject({ lifecycleState: 'valid', holdingYearsRestart: false });
  });

  it('looks a holder up city-wide by resident ID, masked, and audits the read', async () => {
    const res = await clerk.get(`/api/v1/permits/lookup?residentId=${residentIdFrom('33010619930114008')}`);
    expect(res.statusCode).toBe(200);
    expect(res.json().holder).toMatchObject({
      name: '赵敏',
      residentId: '3301**********' + residentIdFrom('33010619930114008').slice(-4),
    });
    expect(res.json().history.lifecycle.state).toBe('valid');
    expect(res.body).not.toMatch(FULL_ID);
    const admin = await Client.signedIn(h.app, 'admin');
    const audit = (await admin.get(`/api/v1/audit?action=permit.lookup&subjectId=${res.json().holder.id}`)).json();
    expect(audit.entries[0]).toMatchObject({ actorRole: 'clerk', after: { centreId: 'c-310115-lujiazui' } });
    const bad = await clerk.get('/api/v1/permits/lookup?residentId=310115199003071230');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toContain('校验码错误');
    expect(
      (await clerk.get(`/api/v1/permits/lookup?residentId=${residentIdFrom('31011519900101999')}`)).statusCode,
    ).toBe(404);
  });

  it('shows the holder their history with the L-7 sync advice after an endorsement', async () => {
    const li = await holderIdByName(h.db, '李明');
    const res = await clerk.post(`/api/v1/holders/${li}/endorsements`, {
      endorsedOn: TODAY,
      newExpiresOn: addYears(addDays(TODAY, 20), 1),
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().sync).toMatchObject({ expectedSyncDate: '2026-06-18', workingDays: 3 });
    const holder = await Client.signedIn(h.app, 'holder.li');
    const mine = (await holder.get(`/api/v1/holders/${li}/permits`)).json().history;
    expect(mine.endorsements).toHaveLength(1);
    expect(mine.endorsements[0].centre.id).toBe('c-310115-lujiazui');
    expect(mine.sync.advice).toContain('3 个工作日');
    expect(mine.lifecycle.state).toBe('valid');
  });

  it('P-2: an endorsement whose sync date falls in a year with no calendar gets the advice without a date, naming the year', async () => {
    // 2026-12-30 plus 3 working days is in 2027, whose State Council notice is not loaded.
    const endorsedOn = '2026-12-30';
    h.clock.advanceMinutes((Date.parse(`${endorsedOn}T02:00:00.000Z`) - h.clock.now().getTime()) / 60_000);
    // Half a year on, the morning's session is long gone: the clerk signs in on that day.
    const clerkThen = await Client.signedIn(h.app, 'clerk.pd');
    for (const lang of ['zh', 'en'] as const) {
      clerkThen.lang = lang;
      const id = await holderWithPermit(h, '2027-01-10');
      const res = await clerkThen.post(`/api/v1/holders/${id}/endorsements`, {
        endorsedOn,
        newExpiresOn: '2028-01-10',
      });
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json().sync).toBeNull();
      const notes = res.json().notes.join(' ');
      expect(notes).toContain(lang === 'zh' ? '3 个工作日' : '3 working days');
      expect(notes).toContain('2027');
      expect(notes).toContain('P-2');
    }
  });
});
