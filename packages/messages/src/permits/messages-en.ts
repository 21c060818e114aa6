import type { Translation } from '../types.ts';
import type { permitsZh } from './messages-zh.ts';

/** permits in English, key for key as the Chinese. */
export const permitsEn: Translation<typeof permitsZh> = {
  issuedAfterToday: 'issuedOn {{issuedOn}} is after today {{today}}',
  issuedTooLongAgo: 'The issue date must be within the last 30 days',
  expiresOnRange: 'expiresOn must be after the issue date and no later than {{latest}} (one permit period)',
  newPermitRecorded:
    'The newly issued permit is recorded, valid until {{expiresOn}}; the holding years restart from {{issuedOn}} (L-5)',
  pointsClearedFirstApplication: 'The former points are cleared: the employer makes a first points application',
  noPermit: 'This holder has no residence permit on file: apply for one first',
};
