import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from '../../../test/support/client.ts';
import { DB_KINDS } from '../../../test/support/databases.ts';
import { holderIdByName } from '../../../test/support/fixtures.ts';
import { startHarness, type Harness } from '../../../test/support/harness.ts';
import { RECORDS_FIELD } from '../holder-data/holder-data.service.ts';
import { act, baseNearThreshold, createDraft, ensureEndorsedForRenewal } from './test-support.ts';

/**
 * Issue 17 (problem 5) on the demo data, on 2026-12-15: 李明's R-1 renewal
 * (employer and declared data unchanged since last year's approval) needs
 * the 2025 average wage for C-2, which is not published: it goes to review
 * (P-2). Once a second administrator publishes the wage, the case is routed
 * again exactly as at submission: every check passes, so it is approved
 * automatically, the publication named as the cause, the notice printable
 * and the holder and HR told. With a wage under which C-2 fails, the case
 * stays in review with its checks recomputed.
 */
async function submitPendingRenewal(h: Harness): Promise<{ id: string; hr: Client; holder: Client }> {
  const liMing = await holderIdByName(h.db, '李明');
  const hr = await Client.signedIn(h.app, 'hr.acme');
  const holder = await Client.signedIn(h.app, 'holder.li');
  const renewal = await createDraft(hr, liMing, 'renewal_same_employer');
  await act(holder, renewal.id, 'confirm', 1);
  await ensureEndorsedForRenewal(h.db, liMing);
  const res = await act(hr, renewal.id, 'submit', 2);
  expect(res.statusCode, res.body).toBe(200);
  const a = res.json().application;
  expect(a.state).toBe('under_review');
  expect(a.dataChanged).toBe(false);
  expect(a.checks.find((c: { ruleId: string }) => c.ruleId === 'C-2')).toMatchObject({
    passed: false,
    pending: { kind: 'wage', year: 2025 },
  });
  return { id: renewal.id, hr, holder };
}

async function publishWage(h: Harness, monthlyAverage: number): Promise<{ id: string; resolved: unknown }> {
  const drafter = await Client.signedIn(h.app, 'admin');
  const publisher = await Client.signedIn(h.app, 'admin2');
  const draft = await drafter.post('/api/v1/admin/policy/wages', {
    year: 2025,
    monthlyAverage,
    source: 'jifen test figure, not the official 2025 announcement',
  });
  expect(draft.statusCode, draft.body).toBe(201);
  const id = draft.json().document.id as string;
  const published = await publisher.post(`/api/v1/admin/policy/documents/${id}/publish`, {});
  expect(published.statusCode, published.body).toBe(200);
  return { id, resolved: published.json().resolved };
}

describe.each(DB_KINDS)('P-2: a case routed again when the data it waited for is published (%s)', (kind) => {
  describe('every check passes once the wage is published', () => {
    let h: Harness;
    beforeAll(async () => {
      h = await startHarness(kind, { now: '2026-12-15T02:00:00.000Z' });
    });
    afterAll(async () => h?.close());

    it('is approved automatically, audited with the publication as cause, the notice printable, holder and HR told', async () => {
      await baseNearThreshold(h, await holderIdByName(h.db, '李明'));
      const { id, hr, holder } = await submitPendingRenewal(h);
      const wage = await publishWage(h, 12800);
      expect(wage.resolved).toEqual({ dueDates: 0, checks: 1 });
      const a = (await hr.get(`/api/v1/applications/${id}`)).json().application;
      expect(a.state).toBe('approved');
      expect(a.noticeIssuedOn).toBe('2026-12-15');
      expect(a.pending).toEqual([]);
      expect(a.slaDue).toBeNull();
      expect(a.events.map((e: { action: string }) => e.action)).toEqual([
        'confirm',
        'submit',
        'route_to_review',
        'checks_computed',
        'auto_approve',
      ]);
      const event = a.events.at(-1);
      expect(event).toMatchObject({ from: 'under_review', to: 'approved', role: 'system', ruleId: 'P-2' });
      expect(event.reason).toContain(`policy_document:${wage.id}`);
      expect(event.reason).toContain('2025年职工月平均工资已发布');
      const audit = await h.db.one<{
        actor_id: string | null;
        after: {
          ruleId: string;
          routeRuleId: string;
          cause: { documentId: string; kind: string; key: string; ruleId: string };
        };
      }>(`SELECT actor_id, after FROM audit_log WHERE action = 'application.auto_approve' AND subject_id = $1`, [id]);
      expect(audit.actor_id).toBeNull(); // the system decided it, the publication caused it
      expect(audit.after).toMatchObject({
        ruleId: 'P-2',
        routeRuleId: 'R-1',
        cause: { ruleId: 'P-2', documentId: wage.id, kind: 'wage', key: '2025' },
      });
      // The same messages as an approval at submission: SMS + in-app to the holder, in-app to HR.
      const sms = await h.db.query<{ template: string; text_zh: string }>(
        `SELECT o.template, o.text_zh FROM outbox o JOIN application_events e ON e.id = o.event_id WHERE o.application_id = $1 AND o.channel = 'sms' AND e.action = 'auto_approve'`,
        [id],
      );
      expect(sms.map((m) => m.template)).toEqual(['approved']);
      const notes = await h.db.query<{ role: string }>(
        `SELECT u.role FROM notifications n JOIN users u ON u.id = n.user_id JOIN application_events e ON e.application_id = n.application_id
         WHERE n.application_id = $1 AND e.action = 'auto_approve' AND n.created_at = e.at ORDER BY u.role`,
        [id],
      );
      expect(new Set(notes.map((n) => n.role))).toEqual(new Set(['holder', 'hr']));
      const pdf = await holder.get(`/api/v1/applications/${id}/notice.pdf`);
      expect(pdf.statusCode, pdf.body.slice(0, 200)).toBe(200);
      expect(pdf.headers['content-type']).toContain('application/pdf');
      // The approval opened the points cycle (L-1).
      const record = await holder.get('/api/v1/points-records/mine');
      expect(record.json().events.some((e: { kind: string }) => e.kind === 'renewed' || e.kind === 'created')).toBe(
        true,
      );
      // Nothing is pending any more for the administrators.
      const admin = await Client.signedIn(h.app, 'admin');
      expect(
        (await admin.get('/api/v1/admin/policy/pending'))
          .json()
          .items.filter((i: { kind: string }) => i.kind === 'wage'),
      ).toEqual([]);
    });
  });

  describe('a check still fails under the published wage', () => {
    let h: Harness;
    beforeAll(async () => {
      h = await startHarness(kind, { now: '2026-12-15T02:00:00.000Z' });
    });
    afterAll(async () => h?.close());

    it('stays in review with its checks recomputed; nothing is approved', async () => {
      // Bases of 12,400 wait for the 2025 figure at submission (S-9 near 1x). One earlier month's base is not supported
      // by the taxed income (C-2): a fact of the SI and tax records, not of the declared data, so R-1 still compares
      // "data unchanged"; once the wage is published, C-2 is computed and fails on that month.
      const liMing = await holderIdByName(h.db, '李明');
      await baseNearThreshold(h, liMing);
      const stored = await h.db.one<{ records_enc: string }>(
        `SELECT records_enc FROM holder_si_records WHERE holder_id = $1`,
        [liMing],
      );
      const months = JSON.parse(h.pii.decrypt(RECORDS_FIELD, stored.records_enc)) as { taxedIncome?: number }[];
      months[months.length - 10]!.taxedIncome = 3000;
      await h.db.execute(`UPDATE holder_si_records SET records_enc = $2 WHERE holder_id = $1`, [
        liMing,
        h.pii.encrypt(RECORDS_FIELD, JSON.stringify(months)),
      ]);
      const { id, hr } = await submitPendingRenewal(h);
      expect((await publishWage(h, 12800)).resolved).toEqual({ dueDates: 0, checks: 1 });
      const a = (await hr.get(`/api/v1/applications/${id}`)).json().application;
      expect(a.state).toBe('under_review');
      expect(a.pending.map((p: { kind: string }) => p.kind)).toEqual(['calendar']);
      const c2 = a.checks.find((c: { ruleId: string }) => c.ruleId === 'C-2');
      expect(c2.pending).toBeUndefined();
      expect(c2.passed, JSON.stringify(a.checks)).toBe(false);
      expect(a.events.map((e: { action: string }) => e.action)).toEqual([
        'confirm',
        'submit',
        'route_to_review',
        'checks_computed',
      ]);
      expect(
        await h.db.query(`SELECT 1 FROM audit_log WHERE action = 'application.auto_approve' AND subject_id = $1`, [id]),
      ).toEqual([]);
      expect(a.noticeIssuedOn).toBeNull();
    });
  });
});
