import type { Translation } from '../types.ts';
import type { rosterZh } from './messages-zh.ts';

/** roster in English, key for key as the Chinese. */
export const rosterEn: Translation<typeof rosterZh> = {
  badCursor: 'The page cursor is not valid; start again from the first page',
  badCursorShort: 'invalid cursor',
  state: {
    valid: 'valid',
    renewalWindow: 'renewal window (L-2)',
    grace: 'late window (L-3)',
    pointsCleared: 'points cleared (L-4)',
    permitLapsed: 'permit must be re-applied for (L-5)',
  },
  notOurEmployee: 'Not an employee of this employer',
  fix: {
    notOurEmployee: 'Start renewals only for people on your roster',
    noPermit: 'Add the permit number and expiry to the roster first',
    windowNotOpen: 'Start the renewal on or after {{opens}}',
    overdue60: 'Endorse the permit at a community affairs centre (L-7), then create a new points application',
    overdue90: 'Apply for a new residence permit, then create a new points application',
    other: 'Resolve what the message says, then start again',
  },
  noPermit: 'No residence permit on record',
  windowNotOpen: 'The renewal window is not open yet (opens {{opens}})',
  overdue60: 'More than 60 days overdue: the points are cleared and cannot be renewed',
  overdue90: 'More than 90 days overdue: the residence permit must be applied for again',
  cell: {
    nameTooLong: 'at most 50 characters, no control characters',
    required: 'required',
    tooLong50: 'at most 50 characters',
    permitNoRequired: 'required when the expiry is given',
    permitNoFormat: 'letters, digits and "-" only, at most 40 characters; got "{{value}}"',
    expiryRequired: 'required when the permit number is given',
    expiryNeedsDay: 'the expiry needs a day: format the cell as text and write YYYY-MM-DD',
    date: 'expected a date as YYYY-MM-DD, got "{{value}}"',
    residentIdRepeats: 'the resident ID repeats row {{row}}',
    nameDiffers: 'The name differs from the one registered with this resident ID; check it',
  },
  tooManyRows: 'At most {{maxRosterRows}} rows per file; split it and import each part',
  fileAsMultipart: 'Upload one .xlsx or .csv file as multipart/form-data',
  importInterrupted:
    'The server restarted and the import stopped; upload the same file again (rows already imported are not repeated)',
  importStopped: 'The import stopped; upload the same file again (rows already imported are not repeated)',
  importStarting: 'Another roster import of your employer has just started; upload again when it is done',
  sameFileRunning:
    'The same file "{{fileName}}" is being imported ({{progress}} rows done); there is no need to upload it again: its report appears when it is done',
  importRunning:
    'Your employer\'s roster "{{fileName}}" is being imported ({{progress}} rows done); one import per employer runs at a time, so upload again when it is done',
};
