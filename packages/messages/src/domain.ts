/**
 * The domain's texts only. The domain runs in the browser too (the
 * self-assessment), so what it imports is in that page's first load: this
 * entry (`@jifen/messages/domain`) carries the areas the domain asks for,
 * never the server's catalogs. Its keys are the same dot paths as the
 * whole catalog's (`ids.uscc.length`), and the same test checks them.
 */
import { calendarMessages } from './calendar/messages.ts';
import { datesMessages } from './dates/messages.ts';
import { idsMessages } from './ids/messages.ts';
import { lifecycleMessages } from './lifecycle/messages.ts';
import { makeMsg } from './make-msg.ts';
import { workflowMessages } from './workflow/messages.ts';

export const msg = makeMsg(
  {
    calendar: calendarMessages.zh,
    dates: datesMessages.zh,
    ids: idsMessages.zh,
    lifecycle: lifecycleMessages.zh,
    workflow: workflowMessages.zh,
  },
  {
    calendar: calendarMessages.en,
    dates: datesMessages.en,
    ids: idsMessages.en,
    lifecycle: lifecycleMessages.en,
    workflow: workflowMessages.en,
  },
);
