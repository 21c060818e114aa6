import { z } from 'zod';
import { districtCode, isoDate, isoDateTime } from './common.ts';

/** visit slots at the district talent service centre and HR's bookings. */

export const createVisitSlotRequest = z.strictObject({
  startsAt: isoDateTime,
  capacity: z.number().int().min(1).max(200),
});
export type CreateVisitSlotRequest = z.infer<typeof createVisitSlotRequest>;

export const visitSlot = z.strictObject({
  id: z.uuid(),
  district: districtCode,
  startsAt: isoDateTime,
  capacity: z.number().int(),
  booked: z.number().int(),
  available: z.number().int(),
});
export type VisitSlot = z.infer<typeof visitSlot>;

export const visitSlotResponse = z.strictObject({ slot: visitSlot });
export const visitSlotsResponse = z.strictObject({ slots: z.array(visitSlot) });
export type VisitSlotsResponse = z.infer<typeof visitSlotsResponse>;

export const listVisitSlotsQuery = z.strictObject({
  district: districtCode.optional(),
  from: isoDate.optional(),
});
export type ListVisitSlotsQuery = z.infer<typeof listVisitSlotsQuery>;

/** `POST` / `PUT /api/v1/applications/:id/visit` */
export const bookVisitRequest = z.strictObject({ slotId: z.uuid() });
export type BookVisitRequest = z.infer<typeof bookVisitRequest>;

export const visitBooking = z.strictObject({
  id: z.uuid(),
  applicationId: z.uuid(),
  status: z.enum(['booked', 'cancelled']),
  slot: visitSlot,
});
export type VisitBooking = z.infer<typeof visitBooking>;
export const visitBookingResponse = z.strictObject({ booking: visitBooking });
/** `GET /api/v1/applications/:id/visit`: the booked visit, or null when none is booked. */
export const currentVisitResponse = z.strictObject({ booking: visitBooking.nullable() });
export type CurrentVisitResponse = z.infer<typeof currentVisitResponse>;
