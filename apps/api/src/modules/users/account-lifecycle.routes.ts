import {
  changeRoleRequest,
  disableUserRequest,
  idParams,
  resetPasswordRequest,
  userRecordResponse,
} from '@jifen/contracts';
import { actorOf, only } from '../../access.ts';
import type { App, ModuleDeps } from '../../deps.ts';
import { changeRole, disableUser, enableUser, resetPassword, unlockUser } from './account-lifecycle.service.ts';

/** The administrator's account lifecycle: disable, enable, unlock, reset the password, change a staff role. Each audited. */
export function registerAccountLifecycleRoutes(app: App, deps: ModuleDeps): void {
  const config = { access: only('admin') };
  const schema = { tags: ['users'], params: idParams, response: { 200: userRecordResponse } };
  app.post('/api/v1/users/:id/disable', { config, schema: { ...schema, body: disableUserRequest } }, async (req) => ({
    user: await disableUser(deps, actorOf(req), req.params.id, req.body),
  }));
  app.post('/api/v1/users/:id/enable', { config, schema }, async (req) => ({
    user: await enableUser(deps, actorOf(req), req.params.id),
  }));
  app.post('/api/v1/users/:id/unlock', { config, schema }, async (req) => ({
    user: await unlockUser(deps, actorOf(req), req.params.id),
  }));
  app.post(
    '/api/v1/users/:id/reset-password',
    { config, schema: { ...schema, body: resetPasswordRequest } },
    async (req) => ({
      user: await resetPassword(deps, actorOf(req), req.params.id, req.body),
    }),
  );
  app.patch('/api/v1/users/:id/role', { config, schema: { ...schema, body: changeRoleRequest } }, async (req) => ({
    user: await changeRole(deps, actorOf(req), req.params.id, req.body),
  }));
}
