import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from '../../../test/support/client.ts';
import { DB_KINDS } from '../../../test/support/databases.ts';
import { holderIdByName } from '../../../test/support/fixtures.ts';
import { startHarness, type Harness } from '../../../test/support/harness.ts';
import { act, createDraft, withoutPointsOnFile } from './test-support.ts';

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/;

/** Issue #10 item 6: a human number per application, decisions in-app for the holder, no "。。". */
describe.each(DB_KINDS)("application numbers and the holder's messages (%s)", (kind) => {
  let h: Harness;
  let hr: Client;
  let liMing: string;
  beforeAll(async () => {
    h = await startHarness(kind);
    hr = await Client.signedIn(h.app, 'hr.acme');
    liMing = await holderIdByName(h.db, '李明');
  });
  afterAll(async () => h?.close());

  /** A new draft: a holder has at most one open application (issue #11), so an earlier open one is withdrawn first. */
  async function freshDraft(holderId: string) {
    await h.db.query(
      "UPDATE applications SET state = 'withdrawn' WHERE holder_id = $1 AND state NOT IN ('approved', 'rejected', 'withdrawn')",
      [holderId],
    );
    return createDraft(hr, holderId);
  }

  /** 李明's application in review, as the routing leaves it. */
  async function inReview(): Promise<{ id: string; number: string }> {
    await withoutPointsOnFile(h.db, liMing);
    const draft = await freshDraft(liMing);
    await h.db.query("UPDATE applications SET state = 'under_review', sla_due = '2026-07-14' WHERE id = $1", [
      draft.id,
    ]);
    return h.db.one('SELECT id, number FROM applications WHERE id = $1', [draft.id]);
  }

  it('numbers each application JF<year>-<6 digits> in the order of the year, unique, shown in list and detail', async () => {
    const a = await createDraft(hr, liMing);
    const b = await createDraft(hr, await holderIdByName(h.db, '王芳'));
    const na = (await hr.get(`/api/v1/applications/${a.id}`)).json().application.number as string;
    const nb = (await hr.get(`/api/v1/applications/${b.id}`)).json().application.number as string;
    expect(na).toMatch(/^JF2026-\d{6}$/);
    expect(Number(nb.slice(7))).toBe(Number(na.slice(7)) + 1);
    // The demo's approval of a year ago was created in 2025: its own year's sequence.
    const prior = await h.db.one<{ number: string }>(
      "SELECT number FROM applications WHERE state = 'approved' ORDER BY created_at LIMIT 1",
    );
    expect(prior.number).toMatch(/^JF2025-000001$/);
    const list = (await hr.get('/api/v1/applications')).json().applications as { id: string; number: string }[];
    expect(list.find((x) => x.id === a.id)?.number).toBe(na);
    const dup = h.db.query('UPDATE applications SET number = $2 WHERE id = $1', [b.id, na]);
    await expect(dup).rejects.toThrow();
  });

  it("finds an application by its number, part of it, or the holder's name; refuses a search too long", async () => {
    const a = await freshDraft(liMing);
    const { number } = await h.db.one<{ number: string }>('SELECT number FROM applications WHERE id = $1', [a.id]);
    const exact = (await hr.get(`/api/v1/applications?q=${number.toLowerCase()}`)).json().applications;
    expect(exact.map((x: { id: string }) => x.id)).toEqual([a.id]);
    const tail = (await hr.get(`/api/v1/applications?q=${number.slice(-6)}`)).json().applications;
    expect(tail.map((x: { id: string }) => x.id)).toContain(a.id);
    const byName = (await hr.get(`/api/v1/applications?q=${encodeURIComponent('李明')}`)).json().applications;
    expect(byName.every((x: { holder: { name: string } }) => x.holder.name === '李明')).toBe(true);
    expect((await hr.get('/api/v1/applications?q=%25')).json().applications).toEqual([]);
    const long = await hr.get(`/api/v1/applications?q=${'J'.repeat(41)}`);
    expect(long.statusCode).toBe(400);
  });

  it('tells the holder of an approval and a rejection in the app as well as by SMS, naming the number, never the UUID or "。。"', async () => {
    const holder = await Client.signedIn(h.app, 'holder.li');
    const reviewer = await Client.signedIn(h.app, 'reviewer.pd');
    const ok = await inReview();
    const approved = await act(reviewer, ok.id, 'approve', 1);
    expect(approved.statusCode, approved.body).toBe(200);
    const no = await inReview();
    const rejected = await act(reviewer, no.id, 'reject', 1, '学历证明材料不全。');
    expect(rejected.statusCode, rejected.body).toBe(200);

    const inbox = (await holder.get('/api/v1/notifications')).json().notifications as {
      applicationId: string;
      body: string;
    }[];
    const forApproval = inbox.find((n) => n.applicationId === ok.id);
    const forRejection = inbox.find((n) => n.applicationId === no.id);
    expect(forApproval?.body).toContain(ok.number);
    expect(forApproval?.body).toContain('审核通过');
    expect(forRejection?.body).toContain(no.number);
    expect(forRejection?.body).toContain('原因：学历证明材料不全。如有疑问');
    const sms = (await holder.get('/api/v1/me/sms')).json().messages as { applicationId: string; text: string }[];
    for (const text of [...inbox.map((n) => n.body), ...sms.map((m) => m.text)]) {
      expect(text).not.toMatch(UUID);
      expect(text).not.toMatch(/。。|\.\./);
    }
    expect(sms.find((m) => m.applicationId === no.id)?.text).toContain(no.number);
    holder.lang = 'en';
    const en = (await holder.get('/api/v1/notifications')).json().notifications as {
      applicationId: string;
      body: string;
    }[];
    expect(en.find((n) => n.applicationId === ok.id)?.body).toContain(`application ${ok.number} is approved`);
  });
});
