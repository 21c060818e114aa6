import type { Translation } from '../types.ts';
import type { onlineConsultZh } from './messages-zh.ts';

/** onlineConsult in English, key for key as the Chinese. */
export const onlineConsultEn: Translation<typeof onlineConsultZh> = {
  badCursor: 'The page cursor is not valid: start again from the first page of the queue',
  badCursorShort: 'not a cursor this queue gave',
  claimedByAnother: 'Another consultant has claimed this question: ask them to hand it over first',
  threadClosed: 'This thread is closed: it returns to the queue when the person follows up',
  handOverToActive: 'You can hand over only to an active consultant: pick one from the list',
  notActiveConsultant: 'not an active consultant',
  codeSms:
    'Your online consultation code is {{code}} (reference {{reference}}). Enter it on the consultation page to be told of answers by SMS; ignore this if you did not ask.',
  codeWrong: 'The code is not right; {{left}} more tries. Enter the 6 digits from the SMS',
  codeWrongShort: 'not the code sent',
  noCodeWaiting:
    'This thread has no number waiting for its code, or the code was entered wrong too often; answers are still shown on this page',
  savedReplySlugTaken: 'Another saved reply uses this identifier: choose another',
  slugTaken: 'identifier in use',
  knowledgeSlugTaken: 'Another entry uses this identifier: choose another',
};
