import type { Translation } from '../types.ts';
import type { transfersZh } from './messages-zh.ts';

/** transfers in English, key for key as the Chinese. */
export const transfersEn: Translation<typeof transfersZh> = {
  dailyLimit:
    'Your employer has started the most transfer requests allowed today ({{cap}} a day, registration and roster imports together). Past it requests are refused so that no one can probe where people are registered; submit the rest on {{tomorrow}}, or ask the system administrator to raise the limit (TRANSFER_REQUESTS_PER_DAY) for a large intake',
  scanAsMultipart: 'Upload the scan of the signed consent as multipart/form-data',
  noun: 'transfer request',
  expired:
    'This transfer request expired on {{date}} (no consent within {{transferValidDays}} days) and changed nothing; the employer can register the holder again',
  holderChanged: 'The holder was just changed; try again',
  signedOnRange: 'The signing date must be between the day the request was made ({{requested}}) and today ({{today}})',
  scanType: "Upload the scan of the holder's signed consent (PDF, PNG or JPEG)",
  scanTypeShort: 'PDF, PNG or JPEG only',
  noPaperConsent: 'This transfer request has no signed paper consent',
  closed: 'This transfer request was already {{state}}; it cannot be decided again',
  state: { accepted: 'accepted', declined: 'declined' },
};
