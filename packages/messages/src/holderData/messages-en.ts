import type { Translation } from '../types.ts';
import type { holderDataZh } from './messages-zh.ts';

/** holderData in English, key for key as the Chinese. */
export const holderDataEn: Translation<typeof holderDataZh> = {
  xlsxUnreadable: 'The Excel file cannot be read; use the downloaded template (.xlsx)',
  ownQueueFull: 'Your earlier spreadsheets are still waiting to be read; upload again when they are done',
  queueFull: 'Too many spreadsheets are being read right now; upload again shortly',
  claimsChanged: 'The claims were changed meanwhile (now version {{current}}); reload and save again',
  noClaimsSaved: 'No claims have been saved yet',
  noSuchHolder: 'No such holder',
  holderHasNoClaims: 'The holder has no claims on file (education, title, ...)',
  dataIncomplete: "The holder's data is incomplete or invalid; update it and submit again",
  cell: {
    yesNo: 'expected 是/否 (yes/no), got "{{value}}"',
    amount: 'expected an amount in yuan (0 or more), got "{{value}}"',
    month: 'expected a month as YYYY-MM, got "{{value}}"',
    required: 'required',
    monthRepeats: 'the month repeats row {{first}}',
  },
  tooManyRows: 'At most {{maxImportRows}} rows',
  recordsChanged: 'The records were changed meanwhile (now version {{version}}); reload and save again',
  fileType: 'Only .csv or .xlsx files are accepted',
  fileAsMultipart: 'Upload one .csv or .xlsx file as multipart/form-data',
  notCalendarDate: '{{expiresOn}} is not a calendar date',
  requestInvalid: 'The request is invalid',
  alreadyOnList: "This holder is already on your employer's list",
  alreadyOnListShort: 'already on your list',
  missingColumns: 'The header row lacks required columns: {{names}} (use the downloaded template)',
  noDataRows: 'The file has no data rows',
};
