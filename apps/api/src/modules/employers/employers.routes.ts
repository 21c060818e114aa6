import {
  employerResponse,
  employersResponse,
  idParams,
  listEmployersQuery,
  registerEmployerRequest,
  registerEmployerResponse,
  rejectEmployerRequest,
  verifyEmployerRequest,
} from '@jifen/contracts';
import { actorOf, anyone, only, requireUser } from '../../access.ts';
import type { App, ModuleDeps } from '../../deps.ts';
import { decideOnEmployer, listEmployers, registerEmployer } from './employers.service.ts';

export function registerEmployerRoutes(app: App, deps: ModuleDeps, opts: { globalRateLimitMax: number }): void {
  app.post(
    '/api/v1/employers/register',
    {
      // Anonymous, and the password strength estimate costs 50-200 ms of CPU:
      // a tighter limit per source than the API's (docs/adr/0011).
      config: {
        access: anyone,
        rateLimit: { max: Math.max(10, Math.floor(opts.globalRateLimitMax / 60)), timeWindow: '1 minute' },
      },
      schema: { tags: ['employers'], body: registerEmployerRequest, response: { 201: registerEmployerResponse } },
    },
    async (req, reply) => reply.code(201).send(await registerEmployer(deps, req.body, String(req.id))),
  );
  app.get(
    '/api/v1/employers',
    {
      config: { access: only('reviewer', 'admin') },
      schema: { tags: ['employers'], querystring: listEmployersQuery, response: { 200: employersResponse } },
    },
    async (req) => ({ employers: await listEmployers(deps, requireUser(req), req.query.status) }),
  );
  app.post(
    '/api/v1/employers/:id/verify',
    {
      config: { access: only('reviewer') },
      schema: {
        tags: ['employers'],
        params: idParams,
        body: verifyEmployerRequest.optional(),
        response: { 200: employerResponse },
      },
    },
    async (req) => ({
      employer: await decideOnEmployer(
        deps,
        requireUser(req),
        actorOf(req),
        req.params.id,
        { verdict: 'verified' },
        req.body?.note,
      ),
    }),
  );
  app.post(
    '/api/v1/employers/:id/reject',
    {
      config: { access: only('reviewer') },
      schema: {
        tags: ['employers'],
        params: idParams,
        body: rejectEmployerRequest,
        response: { 200: employerResponse },
      },
    },
    async (req) => ({
      employer: await decideOnEmployer(deps, requireUser(req), actorOf(req), req.params.id, {
        verdict: 'rejected',
        ...req.body,
      }),
    }),
  );
}
