import { randomUUID } from 'node:crypto';
import type {
  BookVisitRequest,
  CreateVisitSlotRequest,
  ListVisitSlotsQuery,
  VisitBooking,
  VisitSlot,
} from '@jifen/contracts';
import type { AuthUser, Actor } from '../../access.ts';
import { msg } from '@jifen/messages';
import type { Sql } from '../../adapters/db/sql.ts';
import { shanghaiDate } from '../../clock.ts';
import type { ModuleDeps } from '../../deps.ts';
import { denied, fail } from '../../errors.ts';
import { visibleApplication } from '../applications/applications.service.ts';
import { appendAudit } from '../audit/audit.service.ts';
import {
  activeBooking,
  cancelBooking,
  employerDistrict,
  findSlot,
  insertBooking,
  insertSlot,
  listSlots,
  lockApplication,
  releasePlace,
  takePlace,
  type BookingRow,
  type SlotRow,
} from './visits.repository.ts';

const toSlot = (s: SlotRow): VisitSlot => ({
  id: s.id,
  district: s.district_code,
  startsAt: s.starts_at.toISOString(),
  capacity: s.capacity,
  booked: s.booked,
  available: s.capacity - s.booked,
});

const slotNotFound = () => denied.notFound(msg('nouns.visitSlot'));
const bookingNotFound = () => denied.notFound(msg('nouns.visitBooking'));
const full = () =>
  fail('VISIT.SLOT_FULL', msg('visits.slotFull'), [], {
    ruleId: 'R-2',
  });

function slotInPast(now: Date) {
  const message = msg('visits.slotInPast', { now: now.toISOString() });
  return fail('VISIT.SLOT_IN_PAST', message, [{ path: 'startsAt', message }], { ruleId: 'R-2' });
}

async function districtOf(deps: ModuleDeps, user: AuthUser): Promise<string> {
  if (user.role === 'hr') {
    if (user.employer?.status !== 'verified')
      throw fail('EMPLOYER.NOT_VERIFIED', msg('visits.employerNotYetVerified'), [], {
        ruleId: 'R-4',
      });
    const d = await employerDistrict(deps.db, user.employer.id);
    if (d) return d;
  }
  if (user.district) return user.district.code;
  throw denied.forbidden();
}

/** a reviewer publishes appointment slots at its own district's talent service centre. */
export async function publishSlot(
  deps: ModuleDeps,
  user: AuthUser,
  actor: Actor,
  body: CreateVisitSlotRequest,
): Promise<VisitSlot> {
  const now = deps.clock.now();
  // A slot nobody can book any more would only mislead (bookings refuse past slots too).
  if (new Date(body.startsAt).getTime() <= now.getTime()) throw slotInPast(now);
  const district = await districtOf(deps, user);
  return deps.db.tx(async (q) => {
    const slot = await insertSlot(q, {
      id: randomUUID(),
      district,
      startsAt: body.startsAt,
      capacity: body.capacity,
      by: user.id,
      at: deps.clock.now(),
    });
    if (!slot) throw fail('VISIT_SLOT.CONFLICT', msg('visits.slotExists'));
    await appendAudit(q, deps.clock, actor, {
      action: 'visit_slot.publish',
      subjectType: 'visit_slot',
      subjectId: slot.id,
      after: { district, startsAt: body.startsAt, capacity: body.capacity },
    });
    return toSlot(slot);
  });
}

export async function listVisitSlots(
  deps: ModuleDeps,
  user: AuthUser,
  query: ListVisitSlotsQuery,
): Promise<VisitSlot[]> {
  const district = query.district ?? (await districtOf(deps, user));
  const from = query.from
    ? new Date(`${query.from}T00:00:00+08:00`)
    : new Date(`${shanghaiDate(deps.clock.now())}T00:00:00+08:00`);
  return (await listSlots(deps.db, district, from)).map(toSlot);
}

/** The HR specialist's own application, locked, in awaiting_visit. */
async function lockForVisit(q: Sql, user: AuthUser, applicationId: string): Promise<void> {
  const app = await lockApplication(q, applicationId);
  if (!app || user.role !== 'hr' || app.employer_id !== user.employer?.id)
    throw denied.notFound(msg('nouns.application'));
  if (app.state !== 'awaiting_visit') {
    throw fail('VISIT.NOT_AWAITING', msg('visits.notAwaitingVisit'), [], { ruleId: 'R-2' });
  }
}

async function take(q: Sql, deps: ModuleDeps, user: AuthUser, slotId: string): Promise<SlotRow> {
  const slot = await findSlot(q, slotId);
  const district = user.employer ? await employerDistrict(q, user.employer.id) : undefined;
  if (!slot || slot.district_code !== district) throw slotNotFound();
  if (slot.starts_at.getTime() <= deps.clock.now().getTime()) throw fail('VISIT.SLOT_PAST', msg('visits.slotPassed'));
  const taken = await takePlace(q, slot.id);
  if (!taken) throw full();
  return taken;
}

function toBooking(b: BookingRow, slot: SlotRow): VisitBooking {
  return { id: b.id, applicationId: b.application_id, status: b.status, slot: toSlot(slot) };
}

/** Books (or, with `reschedule`, moves) the visit; capacity is never exceeded, whoever races. */
export async function bookVisit(
  deps: ModuleDeps,
  user: AuthUser,
  actor: Actor,
  applicationId: string,
  body: BookVisitRequest,
  reschedule: boolean,
): Promise<VisitBooking> {
  return deps.db.tx(async (q) => {
    await lockForVisit(q, user, applicationId);
    const current = await activeBooking(q, applicationId);
    if (reschedule && !current) throw bookingNotFound();
    if (!reschedule && current) throw fail('VISIT.CONFLICT', msg('visits.alreadyBooked'));
    const slot = await take(q, deps, user, body.slotId);
    if (current) {
      await cancelBooking(q, current.id, deps.clock.now());
      await releasePlace(q, current.slot_id);
    }
    const booking = await insertBooking(q, {
      id: randomUUID(),
      slotId: slot.id,
      applicationId,
      by: user.id,
      at: deps.clock.now(),
    });
    await appendAudit(q, deps.clock, actor, {
      action: reschedule ? 'visit.reschedule' : 'visit.book',
      subjectType: 'application',
      subjectId: applicationId,
      before: current ? { slotId: current.slot_id } : null,
      after: { slotId: slot.id },
    });
    return toBooking(booking, slot);
  });
}

export async function cancelVisit(
  deps: ModuleDeps,
  user: AuthUser,
  actor: Actor,
  applicationId: string,
): Promise<VisitBooking> {
  return deps.db.tx(async (q) => {
    await lockForVisit(q, user, applicationId);
    const current = await activeBooking(q, applicationId);
    if (!current) throw bookingNotFound();
    const cancelled = await cancelBooking(q, current.id, deps.clock.now());
    await releasePlace(q, current.slot_id);
    const slot = await findSlot(q, current.slot_id);
    if (!slot) throw slotNotFound();
    await appendAudit(q, deps.clock, actor, {
      action: 'visit.cancel',
      subjectType: 'application',
      subjectId: applicationId,
      before: { slotId: current.slot_id },
    });
    return toBooking(cancelled, slot);
  });
}

/** The application's booked visit (or null), for whoever may see the application; a reload shows it again. */
export async function currentVisit(
  deps: ModuleDeps,
  user: AuthUser,
  applicationId: string,
): Promise<VisitBooking | null> {
  await visibleApplication(deps, user, applicationId);
  const booking = await activeBooking(deps.db, applicationId);
  if (!booking) return null;
  const slot = await findSlot(deps.db, booking.slot_id);
  return slot ? toBooking(booking, slot) : null;
}
