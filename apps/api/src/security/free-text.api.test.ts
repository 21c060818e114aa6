import { residentIdCheckChar, type AssessmentInput } from '@jifen/domain';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { Client } from '../../test/support/client.ts';
import { holderIdByName, registrationBody } from '../../test/support/fixtures.ts';
import { startHarness, type Harness } from '../../test/support/harness.ts';
import { act, createDraft, PASSING_INPUT, withoutPointsOnFile } from '../modules/applications/test-support.ts';

const holderInput = vi.hoisted(() => ({ current: null as AssessmentInput | null }));
vi.mock('../modules/applications/assessment-input.ts', () => ({
  loadHolderInput: async () => ({ ok: true, value: holderInput.current }),
}));

/** Issue 11, item 7: ID numbers and mobiles typed into free text are stored and shown masked (PI-1, I-1, I-3). */
describe('free text is stored and shown with ID numbers and mobiles masked (postgres)', () => {
  const FIRST17 = '31011519900307123';
  const ID = `${FIRST17}${residentIdCheckChar(FIRST17)}`;
  const MASKED_ID = `3101**********${ID.slice(-4)}`;
  const TYPED = `我的身份证${ID}，手机 139 1234 5678，请回电`;
  const MASKED = `我的身份证${MASKED_ID}，手机 139****5678，请回电`;
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness('postgres');
    holderInput.current = PASSING_INPUT;
  });
  afterAll(async () => h?.close());

  it("masks a consultation's question and notes at rest and in the queue", async () => {
    const anon = new Client(h.app);
    await anon.fetchCsrf();
    const created = await anon.post('/api/v1/consultations', {
      name: '张三',
      mobile: '13800138000',
      question: TYPED,
      consent: true,
    });
    expect(created.statusCode).toBe(201);
    const consultant = await Client.signedIn(h.app, 'consultant');
    const item = (await consultant.get('/api/v1/consultations'))
      .json()
      .consultations.find((c: { question: string }) => c.question.startsWith('我的身份证'));
    expect(item.question).toBe(MASKED);
    const updated = await consultant.request('PATCH', `/api/v1/consultations/${item.id}`, {
      body: { note: `回电 ${ID} 本人确认` },
    });
    expect(updated.json().consultation.notes[0].text).toBe(`回电 ${MASKED_ID} 本人确认`);
    const row = await h.db.one<{ question: string; notes: unknown }>(
      'SELECT question, notes FROM consultations WHERE id = $1',
      [item.id],
    );
    expect(row.question).toBe(MASKED);
    expect(JSON.stringify(row)).not.toContain(ID);
    expect(JSON.stringify(row)).not.toContain('139 1234 5678');
  });

  it('masks the other spellings too, in the text that is stored (issue 18 item 8)', async () => {
    const wide = (t: string) => t.replace(/[0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
    const spellings = [
      `身份证${wide(ID)}`,
      `身份证${ID.slice(0, 6)}.${ID.slice(6, 14)}.${ID.slice(14)}`,
      `电话一三九一二三四五六七八`,
      `电话139\u200b1234\u200b5678`,
      `电话 1 3 9 1 2 3 4 5 6 7 8`,
      `ID${ID}abc`,
    ];
    const anon = new Client(h.app);
    await anon.fetchCsrf();
    for (const typed of spellings) {
      const created = await anon.post('/api/v1/consultations', {
        name: '张三',
        mobile: '13800138000',
        question: `${typed}，请回电`,
        consent: true,
      });
      expect(created.statusCode, created.body).toBe(201);
    }
    const rows = await h.db.query<{ question: string }>(
      "SELECT question FROM consultations WHERE question LIKE '%请回电' ORDER BY created_at",
    );
    const stored = rows.map((r) => r.question).slice(-spellings.length);
    for (const q of stored) {
      expect(q).toMatch(/\*{4}/);
      expect(q.normalize('NFKC').replace(/[^0-9]/g, '')).not.toMatch(/19900307|1234567|2345678/);
    }
  });

  it('masks a decision reason on an application, at rest and in the response', async () => {
    const hr = await Client.signedIn(h.app, 'hr.acme');
    const holder = await Client.signedIn(h.app, 'holder.li');
    const reviewer = await Client.signedIn(h.app, 'reviewer.pd');
    const liMing = await holderIdByName(h.db, '李明');
    await withoutPointsOnFile(h.db, liMing);
    const app = await createDraft(hr, liMing);
    await act(holder, app.id, 'confirm', 1);
    await act(hr, app.id, 'submit', 2);
    const rejected = await act(reviewer, app.id, 'reject', 4, `材料与 ${ID} 不符，联系 13912345678`);
    expect(rejected.statusCode, rejected.body).toBe(200);
    const events = rejected.json().application.events as { action: string; reason: string | null }[];
    expect(events.find((e) => e.action === 'reject')?.reason).toBe(`材料与 ${MASKED_ID} 不符，联系 139****5678`);
    const stored = await h.db.query<{ reason: string | null }>(
      'SELECT reason FROM application_events WHERE application_id = $1',
      [app.id],
    );
    const audit = await h.db.query<{ reason: string | null }>('SELECT reason FROM audit_log WHERE subject_id = $1', [
      app.id,
    ]);
    expect(JSON.stringify([stored, audit])).not.toMatch(new RegExp(`${ID}|13912345678`));
    expect(stored.map((r) => r.reason)).toContain(`材料与 ${MASKED_ID} 不符，联系 139****5678`);
  });

  it("masks an employer's rejection reason at rest and in the response", async () => {
    const anon = new Client(h.app);
    await anon.fetchCsrf();
    const { employer } = (await anon.post('/api/v1/employers/register', registrationBody('310115'))).json();
    const reviewer = await Client.signedIn(h.app, 'reviewer.pd');
    const res = await reviewer.post(`/api/v1/employers/${employer.id}/reject`, { reason: `法人 ${ID} 与执照不符` });
    expect(res.json().employer.rejectionReason).toBe(`法人 ${MASKED_ID} 与执照不符`);
    const row = await h.db.one<{ rejection_reason: string }>('SELECT rejection_reason FROM employers WHERE id = $1', [
      employer.id,
    ]);
    expect(row.rejection_reason).toBe(`法人 ${MASKED_ID} 与执照不符`);
  });
});
