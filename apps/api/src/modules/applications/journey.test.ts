import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from '../../../test/support/client.ts';
import { DB_KINDS } from '../../../test/support/databases.ts';
import { holderIdByName } from '../../../test/support/fixtures.ts';
import { startHarness, type Harness } from '../../../test/support/harness.ts';
import { act, createDraft } from './test-support.ts';

/**
 * The journeys on the holder-data module's real claims and SI/tax records
 * (no stand-in input): HR records only 4 of the last 12 months, the
 * submission is refused with C-1, the months and the fix, and nothing is
 * stored; with the months paid it goes to review.
 */
describe.each(DB_KINDS)('application journeys on recorded holder data (%s)', (kind) => {
  let h: Harness;
  let hr: Client;
  let holder: Client;
  let liMing: string;

  beforeAll(async () => {
    h = await startHarness(kind);
    liMing = await holderIdByName(h.db, '李明');
    hr = await Client.signedIn(h.app, 'hr.acme');
    holder = await Client.signedIn(h.app, 'holder.li');
  });
  afterAll(async () => h?.close());

  const months = (paidFrom: number) =>
    Array.from({ length: 12 }, (_, i) => {
      const d = new Date(Date.UTC(2025, 6 + i, 1));
      return { month: d.toISOString().slice(0, 7), paid: i >= paidFrom, employerUscc: '91310115MA1H7Q3R2X' };
    });

  it('C-1 (4 of 12 months) blocks the submission with 422 and stores nothing; with 12 months it goes to review', async () => {
    const put = await hr.request('PUT', `/api/v1/holders/${liMing}/records`, { body: { months: months(8) } });
    expect(put.statusCode, put.body).toBe(200);
    const app = await createDraft(hr, liMing);
    await act(holder, app.id, 'confirm', 1);
    const refused = await act(hr, app.id, 'submit', 2);
    expect(refused.statusCode, refused.body).toBe(422);
    const error = refused.json().error;
    expect(error.code).toBe('APPLICATION.CHECKS_FAILED');
    const c1 = error.details.find((d: { path: string }) => d.path === 'checks.C-1');
    expect(c1.message).toContain('2025-07');
    expect(c1.message).toContain('处理办法');
    const stored = await h.db.one<{ state: string; version: number }>('SELECT state, version FROM applications WHERE id = $1', [app.id]);
    expect(stored).toEqual({ state: 'holder_confirmed', version: 2 });

    const fixed = await hr.request('PUT', `/api/v1/holders/${liMing}/records`, { body: { months: months(0) } });
    expect(fixed.statusCode, fixed.body).toBe(200);
    const ok = await act(hr, app.id, 'submit', 2);
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().application.state).toBe('under_review');
    expect(ok.json().application.checks.length).toBeGreaterThan(0);
  });
});
