import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from '../../../test/support/client.ts';
import { DB_KINDS } from '../../../test/support/databases.ts';
import { holderIdByName } from '../../../test/support/fixtures.ts';
import { startHarness, type Harness } from '../../../test/support/harness.ts';
import { uploadFile } from '../../../test/support/multipart.ts';
import { createDraft } from './test-support.ts';

const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.from('signed confirmation scan'),
]);

/** Issue #10 item 2: the signed paper confirmation, the alternative to an account, confirms the draft on the holder's behalf. */
describe.each(DB_KINDS)('paper confirmation of a draft (%s)', (kind) => {
  let h: Harness;
  let hr: Client;
  const url = (id: string, signedOn: string, version: number) =>
    `/api/v1/applications/${id}/paper-confirmation?signedOn=${signedOn}&expectedVersion=${version}`;

  beforeAll(async () => {
    h = await startHarness(kind);
    hr = await Client.signedIn(h.app, 'hr.acme');
  });
  afterAll(async () => h?.close());

  it('records the scan, who recorded it and when it was signed; confirms the draft; audits both; the scan reads back', async () => {
    const draft = await createDraft(hr, await holderIdByName(h.db, '陈静'));
    const text = await uploadFile(hr, url(draft.id, '2026-06-15', 1), 'scan.txt', 'not an image', 'image/png');
    expect(text.statusCode).toBe(400);
    expect(text.json().error.code).toBe('VALIDATION.SCAN_TYPE');
    const future = await uploadFile(hr, url(draft.id, '2026-06-16', 1), 'scan.png', PNG, 'image/png');
    expect(future.statusCode).toBe(422);
    expect(future.json().error.code).toBe('PAPER.SIGNED_ON');
    const stale = await uploadFile(hr, url(draft.id, '2026-06-15', 7), 'scan.png', PNG, 'image/png');
    expect(stale.statusCode).toBe(409);
    expect(await h.db.one('SELECT state FROM applications WHERE id = $1', [draft.id])).toEqual({ state: 'draft' });
    expect((await h.db.one<{ n: string }>('SELECT count(*) AS n FROM paper_confirmations')).n).toBe('0');

    const ok = await uploadFile(hr, url(draft.id, '2026-06-15', 1), 'scan.png', PNG, 'image/png');
    expect(ok.statusCode, ok.body).toBe(200);
    const app = ok.json().application;
    expect(app).toMatchObject({
      state: 'holder_confirmed',
      nextStep: { waitingFor: 'hr' },
      paperConfirmation: {
        signedOn: '2026-06-15',
        recordedBy: { name: '上海示例科技 张人事' },
        scan: { contentType: 'image/png', bytes: PNG.length },
      },
    });
    expect(app.events.at(-1)).toMatchObject({ action: 'confirm_on_paper', role: 'hr', to: 'holder_confirmed' });
    const stored = await h.db.one<{ scan_enc: string }>(
      'SELECT scan_enc FROM paper_confirmations WHERE application_id = $1',
      [draft.id],
    );
    expect(stored.scan_enc).not.toContain(PNG.toString('base64'));
    const actions = (
      await h.db.query<{ action: string }>('SELECT action FROM audit_log WHERE subject_id = $1 ORDER BY id', [draft.id])
    ).map((r) => r.action);
    expect(actions).toEqual(expect.arrayContaining(['application.confirm_on_paper', 'paper_confirmation.record']));

    const reviewer = await Client.signedIn(h.app, 'reviewer.pd');
    const scan = await reviewer.get(`/api/v1/applications/${draft.id}/paper-confirmation/scan`);
    expect(scan.statusCode).toBe(200);
    expect(scan.headers['content-type']).toBe('image/png');
    expect(scan.rawPayload.equals(PNG)).toBe(true);
    expect(
      (
        await h.db.one<{ n: string }>(
          "SELECT count(*) AS n FROM audit_log WHERE action = 'paper_confirmation.scan_read' AND subject_id = $1",
          [draft.id],
        )
      ).n,
    ).toBe('1');
    expect(
      (
        await (
          await Client.signedIn(h.app, 'reviewer.xh')
        ).get(`/api/v1/applications/${draft.id}/paper-confirmation/scan`)
      ).statusCode,
    ).toBe(404);
  });

  it('is no way round a holder who has an account: they confirm themselves', async () => {
    const draft = await createDraft(hr, await holderIdByName(h.db, '李明'));
    const res = await uploadFile(hr, url(draft.id, '2026-06-15', 1), 'scan.png', PNG, 'image/png');
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('PAPER.HOLDER_HAS_ACCOUNT');
  });
});
