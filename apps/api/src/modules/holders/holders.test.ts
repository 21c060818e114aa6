import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from '../../../test/support/client.ts';
import { DB_KINDS } from '../../../test/support/databases.ts';
import { holderIdByName } from '../../../test/support/fixtures.ts';
import { startHarness, type Harness } from '../../../test/support/harness.ts';

// Whole tokens only: a hex hash or base64 ciphertext in the same text may hold a run of digits by chance.
const FULL_ID = /(?<![0-9A-Za-z+/])\d{17}[\dX](?![0-9A-Za-z+/=])/;
const FULL_MOBILE = /(?<![0-9A-Za-z+/])1\d{10}(?![0-9A-Za-z+/=])/;

describe.each(DB_KINDS)('holders: scope, lifecycle, masking, audited reveal (%s)', (kind) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(kind);
  });
  afterAll(async () => h?.close());

  it('lists the employer own holders, masked, with the lifecycle state of each permit', async () => {
    const hr = await Client.signedIn(h.app, 'hr.acme');
    const res = await hr.get('/api/v1/holders');
    expect(res.statusCode).toBe(200);
    expect(res.body).not.toMatch(FULL_ID);
    expect(res.body).not.toMatch(FULL_MOBILE);
    const holders = res.json().holders as { name: string; residentId: string; lifecycle: { state: string } }[];
    expect(holders.every((x) => /^\d{4}\*{10}\d{3}[\dX]$/.test(x.residentId))).toBe(true);
    const states = new Set(holders.map((x) => x.lifecycle.state));
    expect([...states].sort()).toEqual(['grace', 'permit_lapsed', 'points_cleared', 'renewal_window', 'valid']);
    expect(holders.map((x) => x.name)).not.toContain('赵敏');
  });

  it('shows a holder only their own record', async () => {
    const li = await Client.signedIn(h.app, 'holder.li');
    const me = await li.get('/api/v1/me/holder');
    expect(me.json().holder).toMatchObject({ name: '李明', sex: 'M', birthDate: '1990-03-07' });
    expect(me.json().holder.permits).toHaveLength(1);
    // Issue 20: the holder home reads in one statement what the employer's view of the same holder reads in two.
    const hr = await Client.signedIn(h.app, 'hr.acme');
    const same = await hr.get(`/api/v1/holders/${me.json().holder.id}`);
    expect(same.json().holder).toEqual(me.json().holder);
    const other = await li.get(`/api/v1/holders/${await holderIdByName(h.db, '王芳')}`);
    expect(other.statusCode).toBe(404);
  });

  it('reveals a full value only as an audited action with a reason (PI-1)', async () => {
    const reviewer = await Client.signedIn(h.app, 'reviewer.pd');
    const id = await holderIdByName(h.db, '李明');
    const res = await reviewer.post(`/api/v1/holders/${id}/reveal`, {
      field: 'residentId',
      reason: '调档审核核对身份',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().value).toMatch(/^310115199003071\d{2}[\dX]$/);
    const mobile = await reviewer.post(`/api/v1/holders/${id}/reveal`, { field: 'mobile', reason: '电话联系' });
    expect(mobile.json().value).toBe('13812345678');
    const admin = await Client.signedIn(h.app, 'admin');
    const audit = (await admin.get(`/api/v1/audit?action=holder.reveal&subjectId=${id}`)).json();
    expect(audit.entries).toHaveLength(2);
    expect(audit.entries[1]).toMatchObject({
      actorRole: 'reviewer',
      reason: '调档审核核对身份',
      after: { field: 'residentId' },
    });
    expect(JSON.stringify(audit)).not.toMatch(FULL_ID);
    expect((await admin.get('/api/v1/audit/verify')).json()).toMatchObject({ ok: true });
  });

  it('stores ID numbers and mobiles encrypted, with keyed look-up hashes', async () => {
    const row = await h.db.one<{ resident_id_enc: string; resident_id_hash: string; mobile_enc: string }>(
      "SELECT resident_id_enc, resident_id_hash, mobile_enc FROM holders WHERE name = '李明'",
    );
    expect(row.resident_id_enc).toMatch(/^v1\./);
    expect(row.resident_id_enc).not.toMatch(FULL_ID);
    expect(row.mobile_enc).not.toContain('13812345678');
    expect(h.pii.decrypt('holder.mobile', row.mobile_enc)).toBe('13812345678');
    const id = h.pii.decrypt('holder.resident_id', row.resident_id_enc);
    expect(h.pii.lookupHash('holder.resident_id', id)).toBe(row.resident_id_hash);
  });

  it('keeps full values out of the log lines', async () => {
    const hr = await Client.signedIn(h.app, 'hr.acme');
    await hr.get('/api/v1/holders?probe=310115199003071239&m=13812345678');
    await hr.post('/api/v1/auth/login', { username: 'hr.acme', password: 'Secret-13812345678' });
    const logs = h.logLines.join('\n');
    expect(logs).toContain('3101**********1239');
    expect(logs).not.toContain('310115199003071239');
    expect(logs).not.toContain('13812345678');
    expect(logs).not.toContain('Demo@2026');
    expect(logs).not.toMatch(/jifen_sid=/);
  });
});
