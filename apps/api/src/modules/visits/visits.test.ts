import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from '../../../test/support/client.ts';
import { DB_KINDS } from '../../../test/support/databases.ts';
import { holderIdByName } from '../../../test/support/fixtures.ts';
import { startHarness, type Harness } from '../../../test/support/harness.ts';

describe.each(DB_KINDS)('visit slots and bookings (%s)', (kind) => {
  let h: Harness;
  let hr: Client;
  let reviewer: Client;

  beforeAll(async () => {
    h = await startHarness(kind);
    hr = await Client.signedIn(h.app, 'hr.acme');
    reviewer = await Client.signedIn(h.app, 'reviewer.pd');
  });
  afterAll(async () => h?.close());

  async function application(state = 'awaiting_visit', holderName = '王芳'): Promise<string> {
    const holderId = await holderIdByName(h.db, holderName);
    const e = await h.db.one<{ employer_id: string; hr: string }>(
      "SELECT h.employer_id, u.id AS hr FROM holders h JOIN users u ON u.employer_id = h.employer_id AND u.role = 'hr' WHERE h.id = $1 LIMIT 1",
      [holderId],
    );
    // One application per holder may be open (migration 008): the previous case's one is closed first.
    await h.db.query(
      "UPDATE applications SET state = 'withdrawn', version = version + 1 WHERE holder_id = $1 AND state NOT IN ('approved', 'rejected', 'withdrawn')",
      [holderId],
    );
    const id = randomUUID();
    await h.db.query(
      `INSERT INTO applications (id, holder_id, employer_id, kind, state, created_by, created_at, updated_at, idempotency_key)
       VALUES ($1, $2, $3, 'renewal_changed_employer', $4, $5, now(), now(), $6)`,
      [id, holderId, e.employer_id, state, e.hr, `visit-${id}`],
    );
    return id;
  }

  const publish = async (startsAt: string, capacity: number) => {
    const res = await reviewer.post('/api/v1/visit-slots', { startsAt, capacity });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().slot as { id: string; district: string };
  };

  it('refuses to publish a slot that has already started, with the rule (R-2), storing nothing', async () => {
    const before = await h.db.one<{ n: number }>('SELECT count(*)::int AS n FROM visit_slots');
    for (const startsAt of [h.clock.now().toISOString(), '2026-06-15T01:59:00.000Z', '2025-06-20T01:30:00.000Z']) {
      const res = await reviewer.post('/api/v1/visit-slots', { startsAt, capacity: 2 });
      expect(res.statusCode, startsAt).toBe(422);
      expect(res.json().error).toMatchObject({ code: 'VISIT.SLOT_IN_PAST', details: [{ path: 'startsAt' }] });
      expect(res.json().error.message).toContain('R-2');
    }
    reviewer.lang = 'en';
    expect(
      (await reviewer.post('/api/v1/visit-slots', { startsAt: '2026-06-14T01:30:00.000Z', capacity: 2 })).json().error
        .message,
    ).toMatch(/must start after the current time/);
    reviewer.lang = 'zh';
    expect((await h.db.one<{ n: number }>('SELECT count(*)::int AS n FROM visit_slots')).n).toBe(before.n);
  });

  it('publishes slots for the reviewer district and lists them for HR', async () => {
    const slot = await publish('2026-06-20T01:30:00.000Z', 3);
    expect(slot.district).toBe('310115');
    expect(
      (await reviewer.post('/api/v1/visit-slots', { startsAt: '2026-06-20T01:30:00.000Z', capacity: 1 })).statusCode,
    ).toBe(409);
    const list = (await hr.get('/api/v1/visit-slots?from=2026-06-16')).json().slots as { id: string }[];
    expect(list.map((s) => s.id)).toContain(slot.id);
  });

  it('never exceeds capacity when 6 bookings race for 2 places', async () => {
    const slot = await publish('2026-06-22T02:00:00.000Z', 2);
    // Six holders of the employer: one application per holder may be open (migration 008).
    const holders = ['王芳', '李明', '张伟', '刘洋', '陈静', '杨磊'];
    const apps = await Promise.all(holders.map((name) => application('awaiting_visit', name)));
    const results = await Promise.all(
      apps.map((id) => hr.post(`/api/v1/applications/${id}/visit`, { slotId: slot.id })),
    );
    const codes = results.map((r) => r.statusCode).sort();
    expect(codes).toEqual([201, 201, 409, 409, 409, 409]);
    for (const r of results.filter((x) => x.statusCode === 409)) expect(r.json().error.code).toBe('VISIT.SLOT_FULL');
    const row = await h.db.one<{ booked: number }>('SELECT booked FROM visit_slots WHERE id = $1', [slot.id]);
    expect(row.booked).toBe(2);
  });

  it('reschedules and cancels, releasing places; refuses applications not awaiting a visit', async () => {
    const a = await publish('2026-06-23T02:00:00.000Z', 1);
    const b = await publish('2026-06-24T02:00:00.000Z', 1);
    const id = await application();
    expect((await hr.post(`/api/v1/applications/${id}/visit`, { slotId: a.id })).statusCode).toBe(201);
    expect((await hr.post(`/api/v1/applications/${id}/visit`, { slotId: b.id })).statusCode).toBe(409);
    const moved = await hr.request('PUT', `/api/v1/applications/${id}/visit`, { body: { slotId: b.id } });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json().booking.slot.id).toBe(b.id);
    const readBack = await hr.get(`/api/v1/applications/${id}/visit`);
    expect(readBack.statusCode, readBack.body).toBe(200);
    expect(readBack.json().booking).toMatchObject({ status: 'booked', slot: { id: b.id } });
    const slots = await h.db.query<{ id: string; booked: number }>(
      'SELECT id, booked FROM visit_slots WHERE id IN ($1, $2)',
      [a.id, b.id],
    );
    expect(Object.fromEntries(slots.map((s) => [s.id, s.booked]))).toEqual({ [a.id]: 0, [b.id]: 1 });
    const cancelled = await hr.request('DELETE', `/api/v1/applications/${id}/visit`);
    expect(cancelled.json().booking.status).toBe('cancelled');
    expect((await hr.get(`/api/v1/applications/${id}/visit`)).json()).toEqual({ booking: null });
    expect((await h.db.one<{ booked: number }>('SELECT booked FROM visit_slots WHERE id = $1', [b.id])).booked).toBe(0);
    const review = await application('under_review');
    const refused = await hr.post(`/api/v1/applications/${review}/visit`, { slotId: a.id });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('VISIT.NOT_AWAITING');
  });
});
