import type { catalogZh } from './catalog-zh.ts';
import type { Translation } from './types.ts';
import { accessEn } from './access/messages-en.ts';
import { applicationsEn } from './applications/messages-en.ts';
import { authEn } from './auth/messages-en.ts';
import { employersEn } from './employers/messages-en.ts';
import { holderActivationEn } from './holderActivation/messages-en.ts';
import { holderDataEn } from './holderData/messages-en.ts';
import { holdersEn } from './holders/messages-en.ts';
import { httpEn } from './http/messages-en.ts';
import { idsEn } from './ids/messages-en.ts';
import { noticesEn } from './notices/messages-en.ts';
import { nounsEn } from './nouns/messages-en.ts';
import { onlineConsultEn } from './onlineConsult/messages-en.ts';
import { passwordEn } from './password/messages-en.ts';
import { permitsEn } from './permits/messages-en.ts';
import { pointsRecordsEn } from './pointsRecords/messages-en.ts';
import { policyDataEn } from './policyData/messages-en.ts';
import { reviewEn } from './review/messages-en.ts';
import { rosterEn } from './roster/messages-en.ts';
import { smsOutboxEn } from './smsOutbox/messages-en.ts';
import { transfersEn } from './transfers/messages-en.ts';
import { usersEn } from './users/messages-en.ts';
import { visitsEn } from './visits/messages-en.ts';

/** Every area's English texts, key for key as catalogZh. */
export const catalogEn: Translation<typeof catalogZh> = {
  access: accessEn,
  applications: applicationsEn,
  auth: authEn,
  employers: employersEn,
  holderActivation: holderActivationEn,
  holderData: holderDataEn,
  holders: holdersEn,
  http: httpEn,
  ids: idsEn,
  notices: noticesEn,
  nouns: nounsEn,
  onlineConsult: onlineConsultEn,
  password: passwordEn,
  permits: permitsEn,
  pointsRecords: pointsRecordsEn,
  policyData: policyDataEn,
  review: reviewEn,
  roster: rosterEn,
  smsOutbox: smsOutboxEn,
  transfers: transfersEn,
  users: usersEn,
  visits: visitsEn,
};
