import type { Translation } from '../types.ts';
import type { visitsZh } from './messages-zh.ts';

/** visits in English, key for key as the Chinese. */
export const visitsEn: Translation<typeof visitsZh> = {
  slotFull: 'This slot is fully booked; choose another one',
  employerNotYetVerified: 'The employer is not yet verified',
  slotExists: 'A slot at this time already exists',
  notAwaitingVisit: 'Only an application awaiting the in-person visit can be booked',
  slotPassed: 'This slot has passed',
  alreadyBooked: 'This application already has a booking; reschedule or cancel it',
};
