import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { AssessmentInput } from '@jifen/domain';
import { Client } from '../../../test/support/client.ts';
import { DB_KINDS } from '../../../test/support/databases.ts';
import { holderIdByName } from '../../../test/support/fixtures.ts';
import { startHarness, type Harness } from '../../../test/support/harness.ts';
import {
  act,
  createDraft,
  ensureEndorsedForRenewal,
  newKey,
  PASSING_INPUT,
  startNextPermitCycle,
  withoutPointsOnFile,
} from './test-support.ts';

const holderInput = vi.hoisted(() => ({ current: null as AssessmentInput | null }));
vi.mock('./assessment-input.ts', () => ({
  loadHolderInput: async () => ({ ok: true, value: holderInput.current }),
}));

/**
 * Issue #11 item 6: 20 parallel creates with different Idempotency-Keys gave
 * 21 drafts, and one holder got two approvals. Now: one open application per
 * holder and one approval per permit cycle, held by unique indexes
 * (migration 008) on PGlite and PostgreSQL alike.
 */
describe.each(DB_KINDS)('one open application per holder, one approval per permit cycle (%s)', (kind) => {
  let h: Harness;
  let hr: Client;
  let holder: Client;
  let reviewer: Client;
  let liMing: string;

  beforeAll(async () => {
    h = await startHarness(kind);
    liMing = await holderIdByName(h.db, '李明');
    hr = await Client.signedIn(h.app, 'hr.acme');
    holder = await Client.signedIn(h.app, 'holder.li');
    reviewer = await Client.signedIn(h.app, 'reviewer.pd');
    holderInput.current = PASSING_INPUT;
  });
  afterAll(async () => h?.close());

  const openCount = async () =>
    Number(
      (
        await h.db.one<{ n: string }>(
          "SELECT count(*) AS n FROM applications WHERE holder_id = $1 AND state NOT IN ('approved', 'rejected', 'withdrawn')",
          [liMing],
        )
      ).n,
    );

  it('20 parallel creates with different keys: one 201, nineteen 409 naming the open application', async () => {
    const keys = Array.from({ length: 20 }, () => newKey());
    const results = await Promise.all(
      keys.map((key) =>
        hr.post(
          '/api/v1/applications',
          { holderId: liMing, kind: 'renewal_same_employer' },
          { headers: { 'idempotency-key': key } },
        ),
      ),
    );
    const created = results.filter((r) => r.statusCode === 201);
    const refused = results.filter((r) => r.statusCode === 409);
    expect(created, results.map((r) => `${r.statusCode} ${r.body.slice(0, 80)}`).join('\n')).toHaveLength(1);
    expect(refused).toHaveLength(19);
    const openId = created[0]!.json().application.id as string;
    // The refusal names the number people quote (issue #10 item 6); the id stays in the details.
    const openNumber = created[0]!.json().application.number as string;
    for (const r of refused) {
      expect(r.json().error.code).toBe('APPLICATION.OPEN_EXISTS');
      expect(r.json().error.message).toContain(openNumber);
    }
    expect(await openCount()).toBe(1);

    // A retry of the winning request is still the same application, not a conflict.
    const winnerKey = keys[results.findIndex((r) => r.statusCode === 201)]!;
    const retry = await hr.post(
      '/api/v1/applications',
      { holderId: liMing, kind: 'renewal_same_employer' },
      { headers: { 'idempotency-key': winnerKey } },
    );
    expect(retry.statusCode, retry.body).toBe(200);
    expect(retry.json().application.id).toBe(openId);
    hr.lang = 'en';
    const another = await hr.post(
      '/api/v1/applications',
      { holderId: liMing, kind: 'first_application' },
      { headers: { 'idempotency-key': newKey() } },
    );
    hr.lang = 'zh';
    expect(another.statusCode).toBe(409);
    expect(another.json().error.message).toContain(`open application (${openNumber})`);
  });

  it('a withdrawn, rejected or approved application no longer blocks a new one', async () => {
    const open = (await hr.get(`/api/v1/applications?holderId=${liMing}`))
      .json()
      .applications.find((a: { state: string }) => a.state === 'draft');
    const withdrawn = await act(hr, open.id, 'withdraw', open.version, '重新申请');
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    expect(await openCount()).toBe(0);
    const next = await createDraft(hr, liMing);
    expect(next.state).toBe('draft');
    expect(await openCount()).toBe(1);
  });

  it('a second renewal in one permit period is refused (L-7, and the unique index behind it names the first); after endorsement it is approved', async () => {
    await withoutPointsOnFile(h.db, liMing);
    const first = (await hr.get(`/api/v1/applications?holderId=${liMing}&state=draft`)).json().applications[0];
    await act(holder, first.id, 'confirm', 1);
    await ensureEndorsedForRenewal(h.db, liMing);
    let detail = (await act(hr, first.id, 'submit', 2)).json().application;
    if (detail.state === 'under_review')
      detail = (await act(reviewer, first.id, 'approve', detail.version)).json().application;
    expect(detail.state).toBe('approved');

    // A second draft in the same permit cycle (the first is final, so it may be opened), taken to approval.
    const second = await createDraft(hr, liMing, 'renewal_same_employer');
    await act(holder, second.id, 'confirm', 1);
    const submitted = await act(hr, second.id, 'submit', 2);
    let refusal = submitted;
    if (submitted.statusCode === 200 && submitted.json().application.state === 'under_review') {
      refusal = await act(reviewer, second.id, 'approve', submitted.json().application.version);
    }
    // The timeline refuses first: the points cycle now ends with the permit period just renewed (L-7).
    expect(refusal.statusCode, refusal.body).toBe(422);
    expect(refusal.json().error.code).toBe('TIMELINE.PERMIT_NOT_ENDORSED');
    // Behind it, the unique index still refuses a second approval of one period, naming the first (migration 008).
    const periodOfFirst = (
      await h.db.one<{ permit_id: string }>('SELECT permit_id FROM applications WHERE id = $1', [first.id])
    ).permit_id;
    const raced = await h.db
      .tx((q) =>
        q.query('UPDATE applications SET permit_id = $2, state = $3 WHERE id = $1', [
          second.id,
          periodOfFirst,
          'approved',
        ]),
      )
      .then(
        () => null,
        (e: unknown) => e as { code?: string; constraint?: string },
      );
    expect(raced).toMatchObject({ code: '23505', constraint: 'applications_one_approved_per_permit' });
    const approved = await h.db.query<{ id: string }>(
      "SELECT id FROM applications WHERE holder_id = $1 AND state = 'approved' AND permit_id IS NOT NULL",
      [liMing],
    );
    expect(approved.map((r) => r.id)).toEqual([first.id]);

    // The next cycle (endorsement, L-7) takes its own approval.
    await startNextPermitCycle(h.db, liMing);
    const state = await h.db.one<{ state: string; version: number }>(
      'SELECT state, version FROM applications WHERE id = $1',
      [second.id],
    );
    let after =
      state.state === 'under_review'
        ? await act(reviewer, second.id, 'approve', state.version)
        : await act(hr, second.id, 'submit', state.version);
    if (after.statusCode === 200 && after.json().application.state === 'under_review')
      after = await act(reviewer, second.id, 'approve', after.json().application.version);
    expect(after.statusCode, after.body).toBe(200);
    expect(after.json().application.state).toBe('approved');
  });
});
