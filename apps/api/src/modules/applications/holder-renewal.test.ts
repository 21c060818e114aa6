import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from '../../../test/support/client.ts';
import { DB_KINDS } from '../../../test/support/databases.ts';
import { holderIdByName, userIdByName } from '../../../test/support/fixtures.ts';
import { startHarness, type Harness } from '../../../test/support/harness.ts';
import { act, baseNearThreshold, newKey, startNextPermitCycle } from './test-support.ts';

/**
 * Issue 17: the holder starts the renewal (R-1, seed steps 2-3) and confirms
 * seeing each claimed indicator with its points, the engine's total, the
 * pending S-9 line (P-2: the 2025 average wage is not published on
 * 2026-12-06) and the last approved total with the lines that changed.
 * On today's date with the demo data, unmocked: the holder's stored claims
 * and SI/tax months go through the real engine.
 */
describe.each(DB_KINDS)(
  'the holder starts and confirms their renewal; the confirmation shows the engine (%s)',
  (kind) => {
    let h: Harness;
    let holder: Client;
    let hr: Client;
    let liMing: string;
    let zhaoMin: string;

    beforeAll(async () => {
      h = await startHarness(kind, { now: '2026-12-06T02:00:00.000Z' });
      liMing = await holderIdByName(h.db, '李明');
      zhaoMin = await holderIdByName(h.db, '赵敏');
      // Near the 1x threshold, the 2025 wage decides S-9: the confirmation shows a pending line (issue 19).
      await baseNearThreshold(h, liMing);
      holder = await Client.signedIn(h.app, 'holder.li');
      hr = await Client.signedIn(h.app, 'hr.acme');
    });
    afterAll(async () => h?.close());

    const create = (c: Client, body: Record<string, unknown>, key = newKey()) =>
      c.post('/api/v1/applications', body, { headers: { 'idempotency-key': key } });
    const count = async () => Number((await h.db.one<{ n: string }>('SELECT count(*) AS n FROM applications')).n);

    it('refuses, changing nothing: another holder (404), a first application or the wrong kind (422), an unverified employer or none (R-4)', async () => {
      const before = await count();
      const other = await create(holder, { holderId: zhaoMin, kind: 'renewal_same_employer' });
      expect(other.statusCode, other.body).toBe(404);
      const first = await create(holder, { holderId: liMing, kind: 'first_application' });
      expect(first.statusCode).toBe(422);
      expect(first.json().error).toMatchObject({ code: 'APPLICATION.HOLDER_RENEWAL_ONLY' });
      const wrongKind = await create(holder, { holderId: liMing, kind: 'renewal_changed_employer' });
      expect(wrongKind.statusCode).toBe(422);
      expect(wrongKind.json().error.code).toBe('APPLICATION.KIND_MISMATCH');
      expect(wrongKind.json().error.message).toContain('R-1');

      const employer = (
        await h.db.one<{ employer_id: string }>('SELECT employer_id FROM holders WHERE id = $1', [liMing])
      ).employer_id;
      await h.db.query("UPDATE employers SET status = 'pending' WHERE id = $1", [employer]);
      try {
        const unverified = await create(holder, { holderId: liMing, kind: 'renewal_same_employer' });
        expect(unverified.statusCode).toBe(403);
        expect(unverified.json().error.code).toBe('EMPLOYER.NOT_VERIFIED');
        expect(unverified.json().error.message).toMatch(/R-4.*人事专员/);
      } finally {
        await h.db.query("UPDATE employers SET status = 'verified' WHERE id = $1", [employer]);
      }
      await h.db.query('UPDATE holders SET employer_id = NULL WHERE id = $1', [liMing]);
      try {
        const none = await create(holder, { holderId: liMing, kind: 'renewal_same_employer' });
        expect(none.statusCode).toBe(422);
        expect(none.json().error.code).toBe('APPLICATION.HOLDER_NO_EMPLOYER');
        // Why, and what to do.
        expect(none.json().error.message).toMatch(/R-4.*人事专员在系统中登记您/);
      } finally {
        await h.db.query('UPDATE holders SET employer_id = $2 WHERE id = $1', [liMing, employer]);
      }
      expect(await count()).toBe(before);
    });

    it("the holder creates (audited as the holder, one open per holder), sees the engine's lines, confirms; HR is told, sees the same and submits", async () => {
      const key = newKey();
      const made = await create(holder, { holderId: liMing, kind: 'renewal_same_employer' }, key);
      expect(made.statusCode, made.body).toBe(201);
      const app = made.json().application as {
        id: string;
        number: string;
        version: number;
        state: string;
        allowedActions: string[];
      };
      expect(app.state).toBe('draft');
      expect(app.allowedActions).toContain('confirm');
      // A retry with the same key is the same application; a second one with another key is refused.
      const retry = await create(holder, { holderId: liMing, kind: 'renewal_same_employer' }, key);
      expect(retry.statusCode).toBe(200);
      expect(retry.json().application.id).toBe(app.id);
      const second = await create(holder, { holderId: liMing, kind: 'renewal_same_employer' });
      expect(second.statusCode).toBe(409);
      expect(second.json().error.code).toBe('APPLICATION.OPEN_EXISTS');
      const holderUser = await userIdByName(h.db, 'holder.li');
      const audit = await h.db.query<{ actor_id: string; actor_role: string }>(
        "SELECT actor_id, actor_role FROM audit_log WHERE action = 'application.create' AND subject_id = $1",
        [app.id],
      );
      expect(audit).toEqual([{ actor_id: holderUser, actor_role: 'holder' }]);

      // The confirmation: the engine's lines today, the pending S-9 line, the last approved total and why it differs.
      const seen = await holder.get(`/api/v1/applications/${app.id}/preview`);
      expect(seen.statusCode, seen.body).toBe(200);
      const preview = seen.json().preview;
      expect(preview).toMatchObject({ asOf: '2026-12-06', unavailable: null });
      const byIndicator = Object.fromEntries(
        (preview.lines as { indicator: string; ruleId: string; points: number; pending: unknown }[]).map((l) => [
          l.indicator,
          l,
        ]),
      );
      expect(byIndicator.education).toMatchObject({ ruleId: 'S-3', pending: null });
      expect(byIndicator.education!.points).toBeGreaterThan(0);
      expect(byIndicator.baseMultiple).toMatchObject({
        points: 0,
        pending: {
          kind: 'wage',
          year: 2025,
          ruleId: 'P-2',
          message: { zh: '待公布2025年度本市职工平均工资后计算（P-2）' },
        },
      });
      expect(preview.total).toBe((preview.lines as { points: number }[]).reduce((s, l) => s + l.points, 0));
      const prior = await h.db.one<{ number: string; total: string }>(
        "SELECT number, total::text AS total FROM applications WHERE holder_id = $1 AND state = 'approved'",
        [liMing],
      );
      expect(preview.lastApproved).toMatchObject({
        number: prior.number,
        total: Number(prior.total),
        linesKnown: true,
      });
      const changed = (preview.lastApproved.changes as { indicator: string; after: number; pending: unknown }[]).find(
        (c) => c.indicator === 'baseMultiple',
      );
      expect(changed).toMatchObject({ after: 0, pending: { year: 2025 } });
      expect(preview.lastApproved.explanation.zh).toContain(`比上次核准的${prior.total}分`);
      expect(preview.lastApproved.explanation.zh).toContain('待公布2025年度本市职工平均工资后计算（P-2）');
      // No resident ID or mobile in it (PI-1).
      expect(seen.body).not.toMatch(/31011519900307123|13812345678/);

      // HR sees the same; another employer's HR gets the same 404 as for a missing one.
      const hrSees = await hr.get(`/api/v1/applications/${app.id}/preview`);
      expect(hrSees.statusCode).toBe(200);
      expect(hrSees.json().preview.lines).toEqual(preview.lines);
      const beta = await Client.signedIn(h.app, 'hr.beta');
      expect((await beta.get(`/api/v1/applications/${app.id}/preview`)).statusCode).toBe(404);
      expect((await beta.get(`/api/v1/applications/${app.id}`)).statusCode).toBe(404);

      const confirmed = await act(holder, app.id, 'confirm', app.version);
      expect(confirmed.statusCode, confirmed.body).toBe(200);
      const after = confirmed.json().application;
      expect(after.state).toBe('holder_confirmed');

      // HR's list has it; HR's in-app message names it (the holder sent it for review), not the holder's inbox.
      const list = (await hr.get('/api/v1/applications?state=holder_confirmed')).json().applications as {
        id: string;
      }[];
      expect(list.map((a) => a.id)).toContain(app.id);
      const hrUser = await userIdByName(h.db, 'hr.acme');
      const told = await h.db.query<{ user_id: string; body: string }>(
        'SELECT user_id, body FROM notifications WHERE application_id = $1',
        [app.id],
      );
      expect(told).toEqual([{ user_id: hrUser, body: `持证人已确认申请${app.number}的信息，请审核后提交。` }]);
      const hrDetail = (await hr.get(`/api/v1/applications/${app.id}`)).json().application;
      expect(hrDetail.allowedActions).toContain('submit');

      // L-7 (the integrator's gate): the permit endorsed for the new period before submission.
      await startNextPermitCycle(h.db, liMing);
      const submitted = await act(hr, app.id, 'submit', hrDetail.version);
      expect(submitted.statusCode, submitted.body).toBe(200);
      // The S-9 line waits for the 2025 wage (P-2), so the case goes to review, not auto-approval.
      expect(submitted.json().application.state).toBe('under_review');
      expect(
        submitted.json().application.pending.map((p: { kind: string; year: number }) => `${p.kind}:${p.year}`),
      ).toContain('wage:2025');
    });

    it('says why nothing can be computed (no claims on file), and when the approved lines were not kept, says that instead of comparing', async () => {
      const wangFang = await holderIdByName(h.db, '王芳');
      const draft = await create(hr, { holderId: wangFang, kind: 'first_application' });
      expect(draft.statusCode, draft.body).toBe(201);
      const none = (await hr.get(`/api/v1/applications/${draft.json().application.id}/preview`)).json().preview;
      expect(none).toMatchObject({ lines: [], lastApproved: null, unavailable: { code: 'CLAIMS.MISSING' } });
      expect(none.unavailable.message.zh).toContain('尚未填写积分资料');

      // 李明's renewal from the test before is open; his approval stored without its input (before inputs were kept, P-3).
      const open = await h.db.one<{ id: string }>(
        "SELECT id FROM applications WHERE holder_id = $1 AND state NOT IN ('approved', 'rejected', 'withdrawn')",
        [liMing],
      );
      await h.db.query("UPDATE applications SET input_enc = NULL WHERE holder_id = $1 AND state = 'approved'", [
        liMing,
      ]);
      const unknown = (await holder.get(`/api/v1/applications/${open.id}/preview`)).json().preview;
      expect(unknown.lines.length).toBeGreaterThan(0);
      expect(unknown.lastApproved).toMatchObject({ linesKnown: false, changes: [] });
      expect(unknown.lastApproved.explanation.zh).toContain('无法逐项比较');
    });
  },
);
