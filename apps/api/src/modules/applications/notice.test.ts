import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { AssessmentInput } from '@jifen/domain';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { Client } from '../../../test/support/client.ts';
import { DB_KINDS } from '../../../test/support/databases.ts';
import { holderIdByName } from '../../../test/support/fixtures.ts';
import { startHarness, type Harness } from '../../../test/support/harness.ts';
import { noticeNumber, verifyUrl } from './notice.service.ts';
import { act, createDraft, PASSING_INPUT } from './test-support.ts';

// The same seam as applications.test.ts: the checks run on data that passes, so the workflow reaches approval.
const holderInput = vi.hoisted(() => ({ current: null as AssessmentInput | null }));
vi.mock('./assessment-input.ts', () => ({
  loadHolderInput: async () => ({ ok: true, value: holderInput.current }),
}));

/** The text a reader sees, via pdf.js: proves the CJK glyphs map back to characters (not just that bytes came out). */
async function pdfText(pdf: Buffer): Promise<{ text: string; pages: number }> {
  const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, verbosity: 0 }).promise;
  const parts: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    for (const item of content.items) if ('str' in item) parts.push(item.str);
  }
  const pages = doc.numPages;
  await doc.destroy();
  return { text: parts.join('').replace(/\s+/g, ''), pages };
}

describe('notice number and verification URL', () => {
  it('derives the same number from the same id, and keeps a forged Host out of the QR code', () => {
    const id = '3f2a9c1b-7d4e-4f60-9a1b-2c3d4e5f6a7b';
    expect(noticeNumber(id)).toBe('JF3F2A9C1B7D4E4F60');
    expect(noticeNumber(id)).toBe(noticeNumber(id.toUpperCase()));
    expect(verifyUrl({ protocol: 'https', host: 'jifen.example:8443' }, 'JF1')).toBe('https://jifen.example:8443/verify/notice/JF1');
    expect(verifyUrl({ protocol: 'http', host: 'evil.example/phish?x=' }, 'JF1')).toBe('/verify/notice/JF1');
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

  beforeAll(async () => {
    h = await startHarness(kind);
    holderInput.current = PASSING_INPUT;
    const liMing = await holderIdByName(h.db, '李明');
    hr = await Client.signedIn(h.app, 'hr.acme');
    holder = await Client.signedIn(h.app, 'holder.li');
    reviewer = await Client.signedIn(h.app, 'reviewer.pd');
    // Another holder's draft: one application per holder may be open (migration 008).
    draftId = (await createDraft(hr, await holderIdByName(h.db, '张伟'))).id;
    const app = await createDraft(hr, liMing);
    await act(holder, app.id, 'confirm', 1);
    let detail = (await act(hr, app.id, 'submit', 2)).json().application;
    // R-1 may auto-approve when a prior approval matches; otherwise the centre approves it (R-3 step 4).
    if (detail.state === 'under_review') detail = (await act(reviewer, app.id, 'approve', detail.version)).json().application;
    expect(detail.state).toBe('approved');
    approvedId = app.id;
    total = detail.total;
  });
  afterAll(async () => h?.close());

  it('prints an approved notice for the holder: a real PDF with the name, points and title, never the full resident ID; audited', async () => {
    const res = await holder.get(`/api/v1/applications/${approvedId}/notice.pdf`);
    expect(res.statusCode, res.body.slice(0, 200)).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-security-policy']).toBeUndefined();
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-disposition']).toBe(`inline; filename="points-notice-${noticeNumber(approvedId)}.pdf"`);
    const pdf = res.rawPayload;
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // Subsetting keeps it small although the font file is ~10 MB.
    expect(pdf.length).toBeLessThan(200_000);

    const { text, pages } = await pdfText(pdf);
    expect(pages).toBe(1);
    expect(text).toContain('上海市居住证积分通知单');
    expect(text).toContain('李明');
    expect(text).toContain(`${total}分`);
    expect(text).toContain(noticeNumber(approvedId));
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
    for (const c of [hr, reviewer]) expect((await c.get(`/api/v1/applications/${approvedId}/notice.pdf`)).statusCode).toBe(200);
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
    expect(zh.json().error).toMatchObject({ code: 'APPLICATION.NOT_APPROVED', message: expect.stringContaining('尚未核准') });
    hr.lang = 'en';
    try {
      const en = await hr.get(`/api/v1/applications/${draftId}/notice.pdf`);
      expect(en.json().error.message).toMatch(/not approved/);
    } finally {
      hr.lang = 'zh';
    }
  });
});
