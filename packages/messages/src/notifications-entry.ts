/**
 * The messages the workflow sends to people (`@jifen/messages/notifications`):
 * an entry of their own, apart from `@jifen/messages/domain`, because the
 * domain's entry loads with the web's /assess page and these texts are only
 * rendered on the server. Same keys as the whole catalog's
 * (`notifications.sms.approved`), checked by the same test.
 */
import { makeMsg } from './make-msg.ts';
import { notificationsMessages } from './notifications/messages.ts';

export const msg = makeMsg({ notifications: notificationsMessages.zh }, { notifications: notificationsMessages.en });
