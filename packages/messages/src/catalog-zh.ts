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

/** Every area's Chinese texts under the area's name: the source of the keys. */
export const catalogZh = {
  access: accessMessages.zh,
  applications: applicationsMessages.zh,
  auditActions: auditActionsMessages.zh,
  auth: authMessages.zh,
  cli: cliMessages.zh,
  compliance: complianceMessages.zh,
  calendar: calendarMessages.zh,
  dates: datesMessages.zh,
  employers: employersMessages.zh,
  holderActivation: holderActivationMessages.zh,
  holderData: holderDataMessages.zh,
  holders: holdersMessages.zh,
  http: httpMessages.zh,
  ids: idsMessages.zh,
  materials: materialsMessages.zh,
  lifecycle: lifecycleMessages.zh,
  notices: noticesMessages.zh,
  nouns: nounsMessages.zh,
  notifications: notificationsMessages.zh,
  onlineConsult: onlineConsultMessages.zh,
  password: passwordMessages.zh,
  permits: permitsMessages.zh,
  points: pointsMessages.zh,
  policy: policyMessages.zh,
  timeline: timelineMessages.zh,
  pointsRecords: pointsRecordsMessages.zh,
  policyData: policyDataMessages.zh,
  receipts: receiptsMessages.zh,
  review: { ...reviewMessages.zh, ...reviewDomainMessages.zh },
  roster: rosterMessages.zh,
  smsOutbox: smsOutboxMessages.zh,
  transfers: transfersMessages.zh,
  users: usersMessages.zh,
  visits: visitsMessages.zh,
  workflow: workflowMessages.zh,
} as const;
