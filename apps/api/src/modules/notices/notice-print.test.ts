import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { AssessmentInput } from '@jifen/domain';
import { createPublicKey, generateKeyPairSync, verify } from 'node:crypto';
import { Client } from '../../../test/support/client.ts';
import { DB_KINDS } from '../../../test/support/databases.ts';
import { holderIdByName } from '../../../test/support/fixtures.ts';
import { startHarness, type Harness } from '../../../test/support/harness.ts';
import { pdfTextAndLinks, writePage1Png } from '../../../test/support/pdf.ts';
import { signNoticeCode, type NoticeClaims } from './notice-code.ts';
import { legacyNoticeNumber, verifyNotice } from './notices.service.ts';
import { verifyUrl } from './notice-print.service.ts';
import { addressLines } from './notice.pdf.ts';
import { noticeKeysOf } from './notice-key.ts';
import { act, createDraft, PASSING_INPUT, withoutPointsOnFile } from '../applications/test-support.ts';

// The same seam as applications.test.ts: the checks run on data that passes, so the workflow reaches approval.
const holderInput = vi.hoisted(() => ({ current: null as AssessmentInput | null }));
vi.mock('../applications/assessment-input.ts', () => ({
  loadHolderInput: async () => ({ ok: true, value: holderInput.current }),
}));

describe('notice number and verification URL', () => {
  it('keeps the number codes printed before migration 027 carry, and keeps a forged Host out of the QR code', () => {
    const id = '3f2a9c1b-7d4e-4f60-9a1b-2c3d4e5f6a7b';
    expect(legacyNoticeNumber(id)).toBe('JF3F2A9C1B7D4E4F60');
    expect(legacyNoticeNumber(id)).toBe(legacyNoticeNumber(id.toUpperCase()));
    expect(verifyUrl({ protocol: 'https', host: 'jifen.example:8443' }, 'abc.def')).toBe(
      'https://jifen.example:8443/verify/abc.def',
    );
    expect(verifyUrl({ protocol: 'http', host: 'evil.example/phish?x=' }, 'abc.def')).toBe('/verify/abc.def');
  });

  it('prints the whole address in even lines, losing and adding no character (issue 22)', () => {
    const url = `https://jifen.example/verify/${'a'.repeat(250)}.${'B'.repeat(86)}`;
    const lines = addressLines(url, 63);
    expect(lines.join('')).toBe(url);
    expect(lines.slice(0, -1).every((l) => l.length === 63)).toBe(true);
  });
});

describe.each(DB_KINDS)('points notice PDF (%s)', (kind) => {
  let h: Harness;
  let hr: Client;
  let holder: Client;
  let reviewer: Client;
  let approvedId: string;
  let draftId: string;
  let total: number;
  let code = '';
  let noticeNo = '';

  beforeAll(async () => {
    h = await startHarness(kind);
    holderInput.current = PASSING_INPUT;
    const liMing = await holderIdByName(h.db, '李明');
    hr = await Client.signedIn(h.app, 'hr.acme');
    holder = await Client.signedIn(h.app, 'holder.li');
    reviewer = await Client.signedIn(h.app, 'reviewer.pd');
    // Another holder's draft: one application per holder may be open (migration 008).
    draftId = (await createDraft(hr, await holderIdByName(h.db, '张伟'))).id;
    await withoutPointsOnFile(h.db, liMing);
    const app = await createDraft(hr, liMing);
    await act(holder, app.id, 'confirm', 1);
    let detail = (await act(hr, app.id, 'submit', 2)).json().application;
    // R-1 may auto-approve when a prior approval matches; otherwise the centre approves it (R-3 step 4).
    if (detail.state === 'under_review')
      detail = (await act(reviewer, app.id, 'approve', detail.version)).json().application;
    expect(detail.state).toBe('approved');
    approvedId = app.id;
    total = detail.total;
  });
  afterAll(async () => h?.close());

  it('prints an approved notice for the holder: a real PDF with the name, points and title, never the full resident ID; audited', async () => {
    const res = await holder.get(`/api/v1/applications/${approvedId}/notice.pdf`);
    expect(res.statusCode, res.body.slice(0, 200)).toBe(200);
    // Issue 22: a number people can read out, given on the first print (migration 027).
    noticeNo = (
      await h.db.one<{ notice_no: string }>('SELECT notice_no FROM notices WHERE application_id = $1', [approvedId])
    ).notice_no;
    expect(noticeNo).toMatch(/^JFTZ\d{4}-\d{6}$/);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-security-policy']).toBeUndefined();
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-disposition']).toBe(`inline; filename="points-notice-${noticeNo}.pdf"`);
    const pdf = res.rawPayload;
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // Subsetting keeps it small although the font file is ~10 MB.
    expect(pdf.length).toBeLessThan(200_000);

    const { text, pages, links } = await pdfTextAndLinks(pdf);
    expect(pages).toBe(1);
    // The QR code's URL (also a link over the code): the public page with the signed code.
    expect(links).toHaveLength(1);
    expect(links[0]).toMatch(/^http:\/\/localhost(:\d+)?\/verify\/[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{86}$/);
    code = links[0]!.slice(links[0]!.indexOf('/verify/') + '/verify/'.length);
    const { png } = await writePage1Png(pdf, 'points-notice-page1.png');
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.length).toBeGreaterThan(20_000);
    expect(text).toContain('上海市居住证积分通知单');
    expect(text).toContain('李明');
    expect(text).toContain(`${total}分`);
    expect(text).toContain(noticeNo);
    // The verification address in full (it was cut to "/verify/…"), and no parameter hash or policy id on paper.
    expect(text).toContain(`/verify/${code}`);
    expect(text).not.toContain('…');
    const policy = await h.db.one<{ policy_id: string; policy_hash: string }>(
      'SELECT policy_id, policy_hash FROM applications WHERE id = $1',
      [approvedId],
    );
    expect(text).not.toContain(policy.policy_hash.slice(0, 8));
    expect(text).not.toMatch(/hash/i);
    // The policy by its published name (here the 2026 version: 上海市居住证积分（2026年续签口径）).
    expect(text).toMatch(/政策依据Policy上海市居住证积分/);
    expect(text).toContain('浦东新区人才服务中心');
    const masked = await h.db.one<{ resident_id_masked: string; resident_id_enc: string }>(
      "SELECT resident_id_masked, resident_id_enc FROM holders WHERE name = '李明'",
    );
    expect(text).toContain(masked.resident_id_masked);
    const fullId = h.pii.decrypt('holder.resident_id', masked.resident_id_enc);
    expect(text).not.toContain(fullId);
    expect(pdf.toString('latin1')).not.toContain(fullId);

    const audit = await h.db.query<{ actor_role: string }>(
      "SELECT actor_role FROM audit_log WHERE action = 'application.notice_printed' AND subject_id = $1",
      [approvedId],
    );
    expect(audit.map((a) => a.actor_role)).toContain('holder');
  });

  it('prints for the employer HR and the district reviewer; another employer or district gets 404', async () => {
    for (const c of [hr, reviewer])
      expect((await c.get(`/api/v1/applications/${approvedId}/notice.pdf`)).statusCode).toBe(200);
    for (const username of ['hr.beta', 'reviewer.xh']) {
      const other = await Client.signedIn(h.app, username);
      const res = await other.get(`/api/v1/applications/${approvedId}/notice.pdf`);
      expect(res.statusCode).toBe(404);
      expect(res.json().error.code).toBe('APPLICATION.NOT_FOUND');
    }
  });

  it('refuses a notice for an application that is not approved: 409 APPLICATION.NOT_APPROVED, worded in zh and en', async () => {
    const zh = await hr.get(`/api/v1/applications/${draftId}/notice.pdf`);
    expect(zh.statusCode).toBe(409);
    expect(zh.json().error).toMatchObject({
      code: 'APPLICATION.NOT_APPROVED',
      message: expect.stringContaining('尚未核准'),
    });
    hr.lang = 'en';
    try {
      const en = await hr.get(`/api/v1/applications/${draftId}/notice.pdf`);
      expect(en.json().error.message).toMatch(/not approved/);
    } finally {
      hr.lang = 'zh';
    }
  });

  it("verifies the QR code's code publicly (no login): valid, with masked details only; the key is published", async () => {
    const anonymous = new Client(h.app);
    const res = await anonymous.get(`/api/v1/public/notices/${code}`);
    expect(res.statusCode, res.body).toBe(200);
    const masked = await h.db.one<{ resident_id_masked: string }>(
      "SELECT resident_id_masked FROM holders WHERE name = '李明'",
    );
    expect(res.json()).toMatchObject({
      status: 'valid',
      notice: {
        noticeNo,
        surname: '李',
        residentIdMasked: masked.resident_id_masked,
        total,
        centreName: '浦东新区人才服务中心',
      },
    });
    expect(res.body).not.toContain('李明');
    // Anyone can check the signature offline with the published key.
    const published = (await anonymous.get('/.well-known/jifen-notice-key')).json();
    const key = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: published.keys[0].x }, format: 'jwk' });
    const [payload, signature] = code.split('.');
    expect(verify(null, Buffer.from(payload!, 'base64url'), key, Buffer.from(signature!, 'base64url'))).toBe(true);
  });

  it('refuses a tampered or forged code as forged without any database look-up; shows an expired one as expired', async () => {
    const noDb = {
      query: () => {
        throw new Error('no database look-up for a code that does not verify');
      },
    };
    const deps = {
      db: { ...h.db, query: noDb.query, maybeOne: noDb.query, one: noDb.query } as typeof h.db,
      clock: h.clock,
    };
    const [payload, signature] = code.split('.') as [string, string];
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
    const raised = Buffer.from(JSON.stringify({ ...claims, t: 999 })).toString('base64url');
    const other = generateKeyPairSync('ed25519');

    const forgedCodes = [
      `${raised}.${signature}`, // the total changed, the signature kept
      `${payload}.${signature.slice(0, -2)}${signature.endsWith('AA') ? 'BA' : 'AA'}`, // the signature altered
      signNoticeCode({ ...(claims as unknown as NoticeClaims), t: 999 }, other.privateKey), // signed with someone else's key
      'not-a-code',
      `${payload}`,
      `${payload}.${signature}.x`,
    ];
    for (const c of forgedCodes) expect((await verifyNotice(deps, c)).status, c).toBe('forged');
    const later = { now: () => new Date(`${String(claims.u ?? '2030-01-01')}T16:00:01Z`) };
    const expired = await verifyNotice(
      {
        db: { ...h.db, maybeOne: async () => undefined } as typeof h.db,
        clock: { now: () => new Date(later.now().getTime() + 86_400_000) },
      },
      code,
    );
    expect(claims.u).not.toBeNull();
    expect(expired.status).toBe('expired');
    const anonymous = new Client(h.app);
    expect((await anonymous.get(`/api/v1/public/notices/${raised}.${signature}`)).json()).toEqual({ status: 'forged' });
  });

  it('still verifies a code printed before migration 027 (old hex number), and a second print keeps the number', async () => {
    const again = await hr.get(`/api/v1/applications/${approvedId}/notice.pdf`);
    expect(again.headers['content-disposition']).toContain(noticeNo);
    const legacyNo = legacyNoticeNumber(approvedId);
    await h.db.execute('UPDATE notices SET legacy_no = $2 WHERE application_id = $1', [approvedId, legacyNo]);
    const [payload] = code.split('.') as [string, string];
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as NoticeClaims;
    const old = signNoticeCode({ ...claims, n: legacyNo }, noticeKeysOf({}).privateKey);
    const res = (await new Client(h.app).get(`/api/v1/public/notices/${old}`)).json();
    expect(res).toMatchObject({ status: 'valid', notice: { noticeNo: legacyNo } });
    // A number of neither form is refused as forged, signature or not.
    const odd = signNoticeCode({ ...claims, n: 'JF2026-000001' }, noticeKeysOf({}).privateKey);
    expect((await new Client(h.app).get(`/api/v1/public/notices/${odd}`)).json()).toEqual({ status: 'forged' });
  });

  it('revocation (points cleared, false material, correction) shows on the page at once and stops further prints', async () => {
    const clerk = await Client.signedIn(h.app, 'clerk.pd');
    // The centre prints for a holder who comes in person (R-3 step 5): the reviewer (above) and the clerk.
    expect((await clerk.get(`/api/v1/applications/${approvedId}/notice.pdf`)).statusCode).toBe(200);
    const other = await Client.signedIn(h.app, 'reviewer.xh');
    expect(
      (await other.post(`/api/v1/applications/${approvedId}/notice/revocation`, { reason: 'false_material' }))
        .statusCode,
    ).toBe(404);
    const revoke = await reviewer.post(`/api/v1/applications/${approvedId}/notice/revocation`, {
      reason: 'false_material',
      note: '学历证书经核查系伪造 (C-5)',
    });
    expect(revoke.statusCode, revoke.body).toBe(200);
    const page = (await new Client(h.app).get(`/api/v1/public/notices/${code}`)).json();
    expect(page).toMatchObject({
      status: 'revoked',
      revokedReason: 'false_material',
      notice: { noticeNo },
    });
    const again = await holder.get(`/api/v1/applications/${approvedId}/notice.pdf`);
    expect([again.statusCode, again.json().error.code]).toEqual([409, 'NOTICE.REVOKED']);
    const audit = await h.db.query(
      "SELECT actor_role FROM audit_log WHERE action = 'notice.revoked' AND subject_id = $1",
      [approvedId],
    );
    expect(audit).toEqual([{ actor_role: 'reviewer' }]);
    expect(
      (await reviewer.post(`/api/v1/applications/${draftId}/notice/revocation`, { reason: 'correction' })).json().error
        .code,
    ).toBe('NOTICE.NOT_ISSUED');
  });
});
