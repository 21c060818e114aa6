import { z } from 'zod';
import { isoDateTime } from './common.ts';

/** In-app notifications (every role, own) and the holder's SMS log. */

export const notification = z.strictObject({
  id: z.uuid(),
  applicationId: z.uuid().nullable(),
  /**
   * A page of the web UI the notification is about, when it is not an
   * application: a lifecycle reminder links HR to the holder's page and the
   * holder to their points record (issue 17).
   */
  link: z
    .string()
    .regex(/^\/[a-z0-9/-]*$/)
    .nullable(),
  title: z.string(),
  body: z.string(),
  createdAt: isoDateTime,
  readAt: isoDateTime.nullable(),
});
export type Notification = z.infer<typeof notification>;
export const notificationsResponse = z.strictObject({ notifications: z.array(notification), unread: z.number().int() });
export type NotificationsResponse = z.infer<typeof notificationsResponse>;
export const notificationResponse = z.strictObject({ notification });

export const smsMessage = z.strictObject({
  id: z.uuid(),
  /** null for a lifecycle reminder (issue 13), which belongs to a points record, not an application. */
  applicationId: z.uuid().nullable(),
  mobile: z.string().nullable().describe('masked'),
  template: z.string(),
  text: z.string().describe('rendered text in the request language'),
  status: z.enum(['pending', 'delivering', 'delivered', 'failed']),
  createdAt: isoDateTime,
  deliveredAt: isoDateTime.nullable(),
});
export type SmsMessage = z.infer<typeof smsMessage>;
export const smsLogResponse = z.strictObject({ messages: z.array(smsMessage) });
export type SmsLogResponse = z.infer<typeof smsLogResponse>;
