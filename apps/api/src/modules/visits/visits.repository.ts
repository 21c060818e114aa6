import type { Sql } from '../../adapters/db/sql.ts';

export interface SlotRow {
  id: string;
  district_code: string;
  starts_at: Date;
  capacity: number;
  booked: number;
}

const SLOT = 'SELECT id, district_code, starts_at, capacity, booked FROM visit_slots';

/** Inserts a slot; undefined when the district already has one at that time. */
export async function insertSlot(
  q: Sql,
  s: { id: string; district: string; startsAt: string; capacity: number; by: string; at: Date },
): Promise<SlotRow | undefined> {
  return q.maybeOne<SlotRow>(
    `INSERT INTO visit_slots (id, district_code, starts_at, capacity, published_by, created_at) VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (district_code, starts_at) DO NOTHING RETURNING id, district_code, starts_at, capacity, booked`,
    [s.id, s.district, s.startsAt, s.capacity, s.by, s.at],
  );
}

export async function listSlots(q: Sql, district: string, from: Date): Promise<SlotRow[]> {
  return q.query<SlotRow>(`${SLOT} WHERE district_code = $1 AND starts_at >= $2 ORDER BY starts_at LIMIT 500`, [
    district,
    from,
  ]);
}

export async function findSlot(q: Sql, id: string): Promise<SlotRow | undefined> {
  return q.maybeOne<SlotRow>(`${SLOT} WHERE id = $1`, [id]);
}

/** Takes one place if one is left: the single UPDATE decides under concurrency, the CHECK backs it up. */
export async function takePlace(q: Sql, slotId: string): Promise<SlotRow | undefined> {
  return q.maybeOne<SlotRow>(
    'UPDATE visit_slots SET booked = booked + 1 WHERE id = $1 AND booked < capacity RETURNING id, district_code, starts_at, capacity, booked',
    [slotId],
  );
}

export async function releasePlace(q: Sql, slotId: string): Promise<void> {
  await q.execute('UPDATE visit_slots SET booked = booked - 1 WHERE id = $1 AND booked > 0', [slotId]);
}

export interface BookingRow {
  id: string;
  slot_id: string;
  application_id: string;
  status: 'booked' | 'cancelled';
}

export async function activeBooking(q: Sql, applicationId: string): Promise<BookingRow | undefined> {
  return q.maybeOne<BookingRow>(
    "SELECT id, slot_id, application_id, status FROM visit_bookings WHERE application_id = $1 AND status = 'booked'",
    [applicationId],
  );
}

export async function insertBooking(
  q: Sql,
  b: { id: string; slotId: string; applicationId: string; by: string; at: Date },
): Promise<BookingRow> {
  return q.one<BookingRow>(
    `INSERT INTO visit_bookings (id, slot_id, application_id, status, booked_by, created_at) VALUES ($1, $2, $3, 'booked', $4, $5)
     RETURNING id, slot_id, application_id, status`,
    [b.id, b.slotId, b.applicationId, b.by, b.at],
  );
}

export async function cancelBooking(q: Sql, id: string, at: Date): Promise<BookingRow> {
  return q.one<BookingRow>(
    "UPDATE visit_bookings SET status = 'cancelled', cancelled_at = $2 WHERE id = $1 RETURNING id, slot_id, application_id, status",
    [id, at],
  );
}

export async function employerDistrict(q: Sql, employerId: string): Promise<string | undefined> {
  return (
    await q.maybeOne<{ district_code: string }>('SELECT district_code FROM employers WHERE id = $1', [employerId])
  )?.district_code;
}

export async function lockApplication(
  q: Sql,
  id: string,
): Promise<{ id: string; state: string; employer_id: string } | undefined> {
  return q.maybeOne('SELECT id, state, employer_id FROM applications WHERE id = $1 FOR UPDATE', [id]);
}
