import type { catalogZh } from './catalog-zh.ts';
import type { Translation } from './types.ts';
import { accessMessages } from './access/messages.ts';
import { applicationsMessages } from './applications/messages.ts';
import { auditActionsMessages } from './auditActions/messages.ts';
import { authMessages } from './auth/messages.ts';
import { cliMessages } from './cli/messages.ts';
import { complianceMessages } from './compliance/messages.ts';
import { calendarMessages } from './calendar/messages.ts';
import { datesMessages } from './dates/messages.ts';
import { employersMessages } from './employers/messages.ts';
import { holderActivationMessages } from './holderActivation/messages.ts';
import { holderDataMessages } from './holderData/messages.ts';
import { holdersMessages } from './holders/messages.ts';
import { httpMessages } from './http/messages.ts';
import { idsMessages } from './ids/messages.ts';
import { materialsMessages } from './materials/messages.ts';
import { lifecycleMessages } from './lifecycle/messages.ts';
import { noticesMessages } from './notices/messages.ts';
import { nounsMessages } from './nouns/messages.ts';
import { notificationsMessages } from './notifications/messages.ts';
import { onlineConsultMessages } from './onlineConsult/messages.ts';
import { passwordMessages } from './password/messages.ts';
import { permitsMessages } from './permits/messages.ts';
import { pointsMessages } from './points/messages.ts';
import { policyMessages } from './policy/messages.ts';
import { timelineMessages } from './timeline/messages.ts';
import { pointsRecordsMessages } from './pointsRecords/messages.ts';
import { policyDataMessages } from './policyData/messages.ts';
import { receiptsMessages } from './receipts/messages.ts';
import { reviewDomainMessages } from './review/domain-messages.ts';
import { reviewMessages } from './review/messages.ts';
import { rosterMessages } from './roster/messages.ts';
import { smsOutboxMessages } from './smsOutbox/messages.ts';
import { transfersMessages } from './transfers/messages.ts';
import { usersMessages } from './users/messages.ts';
import { visitsMessages } from './visits/messages.ts';
import { workflowMessages } from './workflow/messages.ts';

/** Every area's English texts, key for key as catalogZh. */
export const catalogEn: Translation<typeof catalogZh> = {
  access: accessMessages.en,
  applications: applicationsMessages.en,
  auditActions: auditActionsMessages.en,
  auth: authMessages.en,
  cli: cliMessages.en,
  compliance: complianceMessages.en,
  calendar: calendarMessages.en,
  dates: datesMessages.en,
  employers: employersMessages.en,
  holderActivation: holderActivationMessages.en,
  holderData: holderDataMessages.en,
  holders: holdersMessages.en,
  http: httpMessages.en,
  ids: idsMessages.en,
  materials: materialsMessages.en,
  lifecycle: lifecycleMessages.en,
  notices: noticesMessages.en,
  nouns: nounsMessages.en,
  notifications: notificationsMessages.en,
  onlineConsult: onlineConsultMessages.en,
  password: passwordMessages.en,
  permits: permitsMessages.en,
  points: pointsMessages.en,
  policy: policyMessages.en,
  timeline: timelineMessages.en,
  pointsRecords: pointsRecordsMessages.en,
  policyData: policyDataMessages.en,
  receipts: receiptsMessages.en,
  review: { ...reviewMessages.en, ...reviewDomainMessages.en },
  roster: rosterMessages.en,
  smsOutbox: smsOutboxMessages.en,
  transfers: transfersMessages.en,
  users: usersMessages.en,
  visits: visitsMessages.en,
  workflow: workflowMessages.en,
};
