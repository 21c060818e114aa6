import { idParams, notificationResponse, notificationsResponse, smsLogResponse } from '@jifen/contracts';
import { only, requireUser, signedIn } from '../../access.ts';
import type { App, ModuleDeps } from '../../deps.ts';
import { requestLang } from '../../plugins/errors.ts';
import { listNotifications, listOwnSms, readNotification } from './notifications.service.ts';

export function registerNotificationRoutes(app: App, deps: ModuleDeps): void {
  app.get(
    '/api/v1/notifications',
    { config: { access: signedIn }, schema: { tags: ['notifications'], response: { 200: notificationsResponse } } },
    async (req) => listNotifications(deps, requireUser(req), requestLang(req)),
  );
  app.post(
    '/api/v1/notifications/:id/read',
    {
      config: { access: signedIn },
      schema: { tags: ['notifications'], params: idParams, response: { 200: notificationResponse } },
    },
    async (req) => ({ notification: await readNotification(deps, requireUser(req), req.params.id, requestLang(req)) }),
  );
  app.get(
    '/api/v1/me/sms',
    { config: { access: only('holder') }, schema: { tags: ['notifications'], response: { 200: smsLogResponse } } },
    async (req) => listOwnSms(deps, requireUser(req), requestLang(req)),
  );
}
