import {
  changePasswordRequest,
  createUserRequest,
  errorBody,
  idParams,
  listUsersQuery,
  revokeSessionsResponse,
  userRecordResponse,
  userResponse,
  usersResponse,
} from '@jifen/contracts';
import { actorOf, only, requireUser, signedIn, toSessionUser } from '../../access.ts';
import { sourceOf } from '../auth/login-throttle.ts';
import { changePassword } from './change-password.ts';
import type { App, ModuleDeps } from '../../deps.ts';
import { registerAccountLifecycleRoutes } from './account-lifecycle.routes.ts';
import { createStaffUser, listUsers, revokeSessions } from './users.service.ts';

export function registerUserRoutes(app: App, deps: ModuleDeps): void {
  const admin = { access: only('admin') };
  app.get(
    '/api/v1/users',
    { config: admin, schema: { tags: ['users'], querystring: listUsersQuery, response: { 200: usersResponse } } },
    async (req) => ({ users: await listUsers(deps, req.query.role) }),
  );
  app.post(
    '/api/v1/users',
    { config: admin, schema: { tags: ['users'], body: createUserRequest, response: { 201: userRecordResponse } } },
    async (req, reply) => reply.code(201).send({ user: await createStaffUser(deps, actorOf(req), req.body) }),
  );
  app.post(
    '/api/v1/users/:id/sessions/revoke',
    { config: admin, schema: { tags: ['users'], params: idParams, response: { 200: revokeSessionsResponse } } },
    async (req) => ({ revoked: await revokeSessions(deps, actorOf(req), req.params.id) }),
  );
  registerAccountLifecycleRoutes(app, deps);
  // The user's own password (under /auth/ for the web app): the account is this module's (issue 17, one owner per table).
  app.post(
    '/api/v1/auth/change-password',
    {
      config: { access: signedIn },
      schema: {
        tags: ['auth'],
        body: changePasswordRequest,
        response: { 200: userResponse, 400: errorBody, 423: errorBody },
      },
    },
    async (req) => {
      requireUser(req);
      return { user: toSessionUser(await changePassword(deps, req.auth!, req.body, String(req.id), sourceOf(req.ip))) };
    },
  );
}
