import { createUserRequest, idParams, listUsersQuery, revokeSessionsResponse, userRecordResponse, usersResponse } from '@jifen/contracts';
import { actorOf, only } from '../../access.ts';
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
}
