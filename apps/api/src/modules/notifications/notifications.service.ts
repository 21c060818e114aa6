import type { Lang, Notification, NotificationsResponse, SmsLogResponse } from '@jifen/contracts';
import { msg } from '@jifen/messages';
import type { AuthUser } from '../../access.ts';
import type { ModuleDeps } from '../../deps.ts';
import { denied } from '../../errors.ts';
import { listNotificationRows, listSmsRows, markRead, type NotificationRow } from './notifications.repository.ts';

/** Where a reminder leads: the holder to their own points record, HR (and any other reader) to the holder's page. */
function linkOf(n: NotificationRow, user: AuthUser): string | null {
  if (!n.reminder_holder_id) return null;
  return user.role === 'holder' ? '/me/points-record' : `/holders/${n.reminder_holder_id}`;
}

function toNotification(n: NotificationRow, user: AuthUser, lang: Lang): Notification {
  return {
    id: n.id,
    applicationId: n.application_id,
    link: linkOf(n, user),
    title: lang === 'en' ? n.title_en : n.title,
    body: lang === 'en' ? n.body_en : n.body,
    createdAt: n.created_at.toISOString(),
    readAt: n.read_at ? n.read_at.toISOString() : null,
  };
}

/** Every role reads its own in-app notifications, newest first. */
export async function listNotifications(deps: ModuleDeps, user: AuthUser, lang: Lang): Promise<NotificationsResponse> {
  const rows = await listNotificationRows(deps.db, user.id);
  return {
    notifications: rows.map((n) => toNotification(n, user, lang)),
    unread: rows.filter((n) => !n.read_at).length,
  };
}

export async function readNotification(
  deps: ModuleDeps,
  user: AuthUser,
  id: string,
  lang: Lang,
): Promise<Notification> {
  const row = await markRead(deps.db, user.id, id, deps.clock.now());
  if (!row) throw denied.notFound(msg('nouns.notification'));
  return toNotification(row, user, lang);
}

/** The SMS sent to the signed-in holder, with the text as rendered (the journey shows "the holder receives the SMS"). */
export async function listOwnSms(deps: ModuleDeps, user: AuthUser, lang: Lang): Promise<SmsLogResponse> {
  const rows = await listSmsRows(deps.db, user.id);
  return {
    messages: rows.map((m) => ({
      id: m.id,
      applicationId: m.application_id,
      mobile: m.recipient_mobile_masked,
      template: m.template,
      text: lang === 'en' ? m.text_en : m.text_zh,
      status: m.status,
      createdAt: m.created_at.toISOString(),
      deliveredAt: m.delivered_at ? m.delivered_at.toISOString() : null,
    })),
  };
}
