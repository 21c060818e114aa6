import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from '../../../test/support/client.ts';
import { DB_KINDS } from '../../../test/support/databases.ts';
import { holderIdByName } from '../../../test/support/fixtures.ts';
import { startHarness, type Harness } from '../../../test/support/harness.ts';
import { act, createDraft, ensureEndorsedForRenewal, startNextPermitCycle } from '../applications/test-support.ts';
import { replayDecisions } from '../policy-data/replay.service.ts';

/**
 * Issue 18, item 4: a DBA's UPDATE of a reviewed total passed `jifen replay`
 * and the next points notice was signed with the edited total. Replay now
 * checks the reviewed total against its audited decision and its
 * recomputation, and the notice refuses to sign a total that was not decided.
 */
describe.each(DB_KINDS)('the totals a points notice signs are the decided ones (%s)', (kind) => {
  let h: Harness;
  let app: string;
  let reviewedTotal: number;
  let claimedTotal: number;
  const mismatchesOf = async () =>
    (await replayDecisions({ db: h.db, pii: h.pii, policy: h.policy })).mismatches.filter((m) => m.subjectId === app);
  const print = (c: Client) => c.get(`/api/v1/applications/${app}/notice.pdf`);

  beforeAll(async () => {
    h = await startHarness(kind, { now: '2025-12-15T02:00:00.000Z' });
    const liMing = await holderIdByName(h.db, '李明');
    const hr = await Client.signedIn(h.app, 'hr.acme');
    const holder = await Client.signedIn(h.app, 'holder.li');
    const reviewer = await Client.signedIn(h.app, 'reviewer.pd');
    const claims = (await hr.get(`/api/v1/holders/${liMing}/claims`)).json().claims;
    await hr.request('PUT', `/api/v1/holders/${liMing}/claims`, {
      body: { claims: { ...claims.claims, commendations: ['municipal'] }, expectedVersion: claims.version },
    });
    const draft = await createDraft(hr, liMing, 'renewal_same_employer');
    await act(holder, draft.id, 'confirm', 1);
    await ensureEndorsedForRenewal(h.db, liMing);
    const routed = (await act(hr, draft.id, 'submit', 2)).json().application;
    expect(routed.state).toBe('under_review');
    app = routed.id;
    await reviewer.post(`/api/v1/applications/${app}/claim`);
    await reviewer.post(`/api/v1/applications/${app}/review/file-retrieval`);
    const decided = await reviewer.request('PUT', `/api/v1/applications/${app}/review/indicators/commendation`, {
      body: { decision: 'rejected', reason: '表彰证书无法核实' },
    });
    expect(decided.statusCode, decided.body).toBe(200);
    ({ reviewedTotal, claimedTotal } = decided.json().review.totals);
    await startNextPermitCycle(h.db, liMing);
    const approved = await act(reviewer, app, 'approve', routed.version);
    expect(approved.statusCode, approved.body).toBe(200);
  }, 180_000);
  afterAll(async () => h?.close());

  it('prints and replays the decided totals', async () => {
    expect(reviewedTotal).toBeLessThan(claimedTotal);
    expect(await mismatchesOf()).toEqual([]);
    expect((await print(await Client.signedIn(h.app, 'holder.li'))).statusCode).toBe(200);
  });

  it('an edited reviewed total fails replay and is not signed', async () => {
    await h.db.query('UPDATE applications SET reviewed_total = reviewed_total + 10 WHERE id = $1', [app]);
    const mismatches = await mismatchesOf();
    expect(mismatches.map((m) => m.problem)).toContain(
      'the reviewed total differs from the audited indicator decision',
    );
    const res = await print(await Client.signedIn(h.app, 'holder.li'));
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ code: 'NOTICE_TOTAL.CONFLICT', message: expect.stringContaining('P-3') });
    expect(res.json().error.message).toContain(`（${reviewedTotal + 10}）与审计记录的决定（${reviewedTotal}）不一致`);
    // Nulled (the claimed total would be signed instead): refused too.
    await h.db.query('UPDATE applications SET reviewed_total = NULL WHERE id = $1', [app]);
    expect((await mismatchesOf()).length).toBeGreaterThan(0);
    expect((await print(await Client.signedIn(h.app, 'holder.li'))).json().error.code).toBe('NOTICE_TOTAL.CONFLICT');
    await h.db.query('UPDATE applications SET reviewed_total = $2 WHERE id = $1', [app, reviewedTotal]);
  });

  it('an edited claimed total fails replay and is not signed', async () => {
    await h.db.query('UPDATE applications SET total = total + 5 WHERE id = $1', [app]);
    expect((await mismatchesOf()).map((m) => m.problem)).toContain('the recomputed result differs');
    const hr = await Client.signedIn(h.app, 'hr.acme');
    hr.lang = 'en';
    const res = await print(hr);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toContain('disagrees with the audited decision');
    await h.db.query('UPDATE applications SET total = total - 5 WHERE id = $1', [app]);
    expect((await print(hr)).statusCode).toBe(200);
  });
});
