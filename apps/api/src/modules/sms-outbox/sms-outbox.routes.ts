import { failedSmsResponse, idParams, resendSmsResponse } from '@jifen/contracts';
import { actorOf, only } from '../../access.ts';
import type { App, ModuleDeps } from '../../deps.ts';
import { failedMessages, resendSms } from './sms-outbox.service.ts';

/** Issue #12: SMS that failed for good, with the provider's reason, and resending one. Administrators only. */
export function registerSmsAdminRoutes(app: App, deps: ModuleDeps): void {
  app.get(
    '/api/v1/admin/sms/failed',
    { config: { access: only('admin') }, schema: { tags: ['sms'], response: { 200: failedSmsResponse } } },
    async () => ({ messages: await failedMessages(deps) }),
  );
  app.post(
    '/api/v1/admin/sms/:id/resend',
    {
      config: { access: only('admin') },
      schema: { tags: ['sms'], params: idParams, response: { 200: resendSmsResponse } },
    },
    async (req) => resendSms(deps, actorOf(req), req.params.id),
  );
}
