/**
 * The domain's texts only. The domain runs in the browser too (the
 * self-assessment), so what it imports is in that page's first load: this
 * entry (`@jifen/messages/domain`) carries the areas the domain asks for,
 * never the server's catalogs. Its keys are the same dot paths as the
 * whole catalog's (`ids.uscc.length`), and the same test checks them.
 */
import { calendarMessages } from './calendar/messages.ts';
import { complianceMessages } from './compliance/messages.ts';
import { datesMessages } from './dates/messages.ts';
import { idsMessages } from './ids/messages.ts';
import { lifecycleMessages } from './lifecycle/messages.ts';
import { materialsMessages } from './materials/messages.ts';
import { makeMsg } from './make-msg.ts';
import { pointsMessages } from './points/messages.ts';
import { policyMessages } from './policy/messages.ts';
import { reviewDomainMessages } from './review/domain-messages.ts';
import { timelineMessages } from './timeline/messages.ts';
import { workflowMessages } from './workflow/messages.ts';

const domainZh = {
  calendar: calendarMessages.zh,
  compliance: complianceMessages.zh,
  dates: datesMessages.zh,
  ids: idsMessages.zh,
  lifecycle: lifecycleMessages.zh,
  materials: materialsMessages.zh,
  points: pointsMessages.zh,
  policy: policyMessages.zh,
  review: reviewDomainMessages.zh,
  timeline: timelineMessages.zh,
  workflow: workflowMessages.zh,
} as const;

const domainEn = {
  calendar: calendarMessages.en,
  compliance: complianceMessages.en,
  dates: datesMessages.en,
  ids: idsMessages.en,
  lifecycle: lifecycleMessages.en,
  materials: materialsMessages.en,
  points: pointsMessages.en,
  policy: policyMessages.en,
  review: reviewDomainMessages.en,
  timeline: timelineMessages.en,
  workflow: workflowMessages.en,
};

export const msg = makeMsg(domainZh, domainEn);
