import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from '../../../test/support/client.ts';
import { DB_KINDS } from '../../../test/support/databases.ts';
import { holderIdByName } from '../../../test/support/fixtures.ts';
import { startHarness, type Harness } from '../../../test/support/harness.ts';
import { randomResidentId } from '../../../test/support/holder-fixtures.ts';
import { uploadFile } from '../../../test/support/multipart.ts';
import { residentIdFrom } from '../../demo/check-chars.ts';

const LI_MING = residentIdFrom('31011519900307123'); // 示例科技, has an account (holder.li)
const WANG_FANG = residentIdFrom('32058319880512002'); // 示例科技, no account, mobile 13912345670
const CHEN_JING = residentIdFrom('43010219950621004'); // 示例科技, no account
const ZHAO_MIN = residentIdFrom('33010619930114008'); // 贝塔

const registration = (name: string, residentId: string) => ({
  name,
  residentId,
  mobile: '13600008888',
  username: `h.p${Math.random().toString(36).slice(2, 9)}`,
  initialPassword: 'Lujiazui@Ferry-26',
});

/**
 * Issue 18 item 10: an employer that registers or imports IDs to learn who
 * is registered is capped per day (TRANSFER_REQUESTS_PER_DAY, here 2),
 * every request and refusal is audited, and each holder asked about is told
 * which employer asked, so the probing is visible to the people probed.
 */
describe.each(DB_KINDS)('transfer requests: daily cap and the holder told (%s)', (kind) => {
  let h: Harness;
  let beta: Client;
  const transfersBy = async (name: string) =>
    (
      await h.db.one<{ n: number }>(
        "SELECT count(*)::int AS n FROM holder_transfers t JOIN holders h ON h.id = t.holder_id JOIN employers e ON e.id = t.to_employer_id WHERE h.name = $1 AND e.name LIKE '%贝塔%'",
        [name],
      )
    ).n;
  const smsTo = (masked: string) =>
    h.db.query<{ template: string; params: Record<string, string>; text_zh: string; rule_id: string }>(
      "SELECT template, params, text_zh, rule_id FROM outbox WHERE template = 'transfer_requested' AND recipient_mobile_masked = $1",
      [masked],
    );

  beforeAll(async () => {
    h = await startHarness(kind, { now: '2026-12-01T02:00:00.000Z', config: { transferRequestsPerDay: 2 } });
    beta = await Client.signedIn(h.app, 'hr.beta');
  });
  afterAll(async () => h?.close());

  it('the holder with an account is told in the app which employer asked', async () => {
    const res = await beta.post('/api/v1/holders', registration('李明', LI_MING));
    expect(res.statusCode, res.body).toBe(202);
    const holder = await Client.signedIn(h.app, 'holder.li');
    const notes = (await holder.get('/api/v1/notifications')).json().notifications as { body: string }[];
    const told = notes.filter((n) => n.body.includes('申请将您的居住证积分业务转入'));
    expect(told).toHaveLength(1);
    expect(told[0]?.body).toMatch(/贝塔.*R-2.*2026-12-15/);
  });

  it('the holder without an account is texted at the mobile on record; asking again while pending sends nothing and costs nothing', async () => {
    const first = await beta.post('/api/v1/holders', registration('王芳', WANG_FANG));
    expect(first.statusCode, first.body).toBe(202);
    const again = await beta.post('/api/v1/holders', registration('王芳', WANG_FANG));
    expect(again.json().transfer.id).toBe(first.json().transfer.id);
    const sms = await smsTo('139****5670');
    expect(sms).toHaveLength(1);
    expect(sms[0]).toMatchObject({ rule_id: 'R-2', params: { date: '2026-12-01', expiresOn: '2026-12-15' } });
    expect(sms[0]?.params.employerName).toContain('贝塔');
    expect(sms[0]?.text_zh).toMatch(/^【积分】.*贝塔.*未经您本人同意不会转入/);
  });

  it('the third request of the day is refused with the limit named in both languages, audited, and tells no one', async () => {
    const res = await beta.post('/api/v1/holders', registration('陈静', CHEN_JING));
    expect(res.statusCode, res.body).toBe(409);
    expect(res.json().error).toMatchObject({ code: 'TRANSFER.DAILY_LIMIT', ruleId: 'R-2' });
    expect(res.body).toContain('每日2件');
    expect(res.body).toContain('2026-12-02');
    beta.lang = 'en';
    const en = await beta.post('/api/v1/holders', registration('陈静', CHEN_JING));
    beta.lang = 'zh';
    expect(en.statusCode).toBe(409);
    expect(en.json().error.message).toMatch(/2 a day.*2026-12-02.*TRANSFER_REQUESTS_PER_DAY/);
    expect(res.body).not.toMatch(/示例|13412345673/);
    expect(await transfersBy('陈静')).toBe(0);
    expect(await smsTo('134****5673')).toHaveLength(0);
    const chen = await holderIdByName(h.db, '陈静');
    const audit = await h.db.query<{ action: string; after: { reason: string; limit: number } }>(
      'SELECT action, after FROM audit_log WHERE subject_id = $1 AND action LIKE $2',
      [chen, 'transfer.%'],
    );
    expect(audit.map((a) => [a.action, a.after.reason, a.after.limit])).toEqual([
      ['transfer.request_refused', 'daily_limit', 2],
      ['transfer.request_refused', 'daily_limit', 2],
    ]);
    const li = await holderIdByName(h.db, '李明');
    const asked = await h.db.one<{ after: { holderTold: string } }>(
      "SELECT after FROM audit_log WHERE subject_id = $1 AND action = 'transfer.request'",
      [li],
    );
    expect(asked.after.holderTold).toBe('in_app');
  });

  it('a roster import past the cap refuses the row with the same reason; a new holder is still created; another employer is not affected', async () => {
    const csv = `姓名 name,公民身份号码 resident ID\n陈静,${CHEN_JING}\n新员工,${randomResidentId()}\n`;
    const started = await uploadFile(beta, '/api/v1/roster/imports', 'r.csv', csv);
    expect(started.statusCode, started.body).toBe(202);
    let view = started.json().import;
    while (view.status === 'running') {
      await new Promise((r) => setTimeout(r, 20));
      view = (await beta.get(`/api/v1/roster/imports/${view.id}`)).json().import;
    }
    expect(view).toMatchObject({ status: 'done', created: 1, transferRequested: 0, rejected: 1 });
    expect(JSON.stringify(view.errors)).toMatch(/每日2件|2 a day/);
    expect(await transfersBy('陈静')).toBe(0);
    // 示例科技's own budget is its own.
    const acme = await Client.signedIn(h.app, 'hr.acme');
    expect((await acme.post('/api/v1/holders', registration('赵敏', ZHAO_MIN))).statusCode).toBe(202);
  });

  it('the next Shanghai day the employer may ask again', async () => {
    h.clock.advanceMinutes(24 * 60);
    beta = await Client.signedIn(h.app, 'hr.beta');
    const res = await beta.post('/api/v1/holders', registration('陈静', CHEN_JING));
    expect(res.statusCode, res.body).toBe(202);
    expect(await transfersBy('陈静')).toBe(1);
    expect(await smsTo('134****5673')).toHaveLength(1);
  });
});
