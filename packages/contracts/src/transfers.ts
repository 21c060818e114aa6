import { z } from 'zod';
import { isoDate, isoDateTime } from './common.ts';

/**
 * Issue 17 (R-2, changed employer) and issue 18 item 10: the new employer
 * takes a holder over with the holder's consent. Registering or importing
 * an ID that another employer holds starts such a request; the requester
 * sees only the request's state, nothing about who holds the holder.
 */
export const TRANSFER_STATES = ['pending', 'accepted', 'declined', 'expired'] as const;
export const transferState = z.enum(TRANSFER_STATES);
export type TransferState = z.infer<typeof transferState>;
export const consentMethod = z.enum(['app', 'sms', 'paper']);
export type ConsentMethod = z.infer<typeof consentMethod>;

/** A request as the requesting employer's HR sees it: what they typed, the state, and the holder only once accepted. */
export const transferRequestView = z.strictObject({
  id: z.uuid(),
  /** The name as the requester typed it. */
  name: z.string(),
  residentId: z.string(),
  state: transferState,
  requestedAt: isoDateTime,
  expiresAt: isoDateTime,
  decidedAt: isoDateTime.nullable(),
  effectiveOn: isoDate.nullable(),
  consentMethod: consentMethod.nullable(),
  /** Set once the holder consented: the holder is then the employer's. */
  holderId: z.uuid().nullable(),
});
export type TransferRequestView = z.infer<typeof transferRequestView>;
export const transferRequestResponse = z.strictObject({ transfer: transferRequestView });
export type TransferRequestResponse = z.infer<typeof transferRequestResponse>;
export const transferRequestsResponse = z.strictObject({ transfers: z.array(transferRequestView) });
export type TransferRequestsResponse = z.infer<typeof transferRequestsResponse>;

/** A request as the holder sees it: who asks, until when, and what became of it. */
export const holderTransferView = z.strictObject({
  id: z.uuid(),
  employerName: z.string(),
  state: transferState,
  requestedAt: isoDateTime,
  expiresAt: isoDateTime,
  decidedAt: isoDateTime.nullable(),
  effectiveOn: isoDate.nullable(),
  consentMethod: consentMethod.nullable(),
});
export type HolderTransferView = z.infer<typeof holderTransferView>;
export const holderTransfersResponse = z.strictObject({ transfers: z.array(holderTransferView) });
export type HolderTransfersResponse = z.infer<typeof holderTransfersResponse>;
export const holderTransferResponse = z.strictObject({ transfer: holderTransferView });

/** `POST /api/v1/transfers/:id/paper-consent?signedOn=` (multipart scan). */
export const transferPaperConsentFields = z.strictObject({ signedOn: isoDate });
export type TransferPaperConsentFields = z.infer<typeof transferPaperConsentFields>;

/**
 * `POST /api/v1/transfers/:id/holder-invitation`: the same answer whether
 * an SMS went out or the holder signs in to an account they already have,
 * so the requester learns nothing about the holder's account or mobile.
 */
export const transferInvitationResponse = z.strictObject({ requested: z.literal(true) });
