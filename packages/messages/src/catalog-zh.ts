import { accessZh } from './access/messages-zh.ts';
import { applicationsZh } from './applications/messages-zh.ts';
import { authZh } from './auth/messages-zh.ts';
import { employersZh } from './employers/messages-zh.ts';
import { holderActivationZh } from './holderActivation/messages-zh.ts';
import { holderDataZh } from './holderData/messages-zh.ts';
import { holdersZh } from './holders/messages-zh.ts';
import { httpZh } from './http/messages-zh.ts';
import { idsZh } from './ids/messages-zh.ts';
import { noticesZh } from './notices/messages-zh.ts';
import { nounsZh } from './nouns/messages-zh.ts';
import { onlineConsultZh } from './onlineConsult/messages-zh.ts';
import { passwordZh } from './password/messages-zh.ts';
import { permitsZh } from './permits/messages-zh.ts';
import { pointsRecordsZh } from './pointsRecords/messages-zh.ts';
import { policyDataZh } from './policyData/messages-zh.ts';
import { reviewZh } from './review/messages-zh.ts';
import { rosterZh } from './roster/messages-zh.ts';
import { smsOutboxZh } from './smsOutbox/messages-zh.ts';
import { transfersZh } from './transfers/messages-zh.ts';
import { usersZh } from './users/messages-zh.ts';
import { visitsZh } from './visits/messages-zh.ts';

/** Every area's Chinese texts under the area's name: the source of the keys. */
export const catalogZh = {
  access: accessZh,
  applications: applicationsZh,
  auth: authZh,
  employers: employersZh,
  holderActivation: holderActivationZh,
  holderData: holderDataZh,
  holders: holdersZh,
  http: httpZh,
  ids: idsZh,
  notices: noticesZh,
  nouns: nounsZh,
  onlineConsult: onlineConsultZh,
  password: passwordZh,
  permits: permitsZh,
  pointsRecords: pointsRecordsZh,
  policyData: policyDataZh,
  review: reviewZh,
  roster: rosterZh,
  smsOutbox: smsOutboxZh,
  transfers: transfersZh,
  users: usersZh,
  visits: visitsZh,
} as const;
