import {
  endorseRequest,
  endorseResponse,
  idParams,
  newPermitRequest,
  newPermitResponse,
  permitHistoryResponse,
  permitLookupQuery,
  permitLookupResponse,
} from '@jifen/contracts';
import { recordNewPermit } from './new-permit.service.ts';
import { actorOf, only, requireUser } from '../../access.ts';
import type { App, ModuleDeps } from '../../deps.ts';
import { requestLang } from '../../plugins/errors.ts';
import { endorsePermit, getPermitHistory, lookupPermit } from './permits.service.ts';

export function registerPermitRoutes(app: App, deps: ModuleDeps): void {
  app.get(
    '/api/v1/permits/lookup',
    {
      config: { access: only('clerk') },
      schema: { tags: ['permits'], querystring: permitLookupQuery, response: { 200: permitLookupResponse } },
    },
    async (req) => lookupPermit(deps, requireUser(req), actorOf(req), req.query.residentId, requestLang(req)),
  );
  app.get(
    '/api/v1/holders/:id/permits',
    {
      config: { access: only('holder', 'hr', 'clerk', 'reviewer', 'admin') },
      schema: { tags: ['permits'], params: idParams, response: { 200: permitHistoryResponse } },
    },
    async (req) => ({ history: await getPermitHistory(deps, requireUser(req), req.params.id, requestLang(req)) }),
  );
  app.post(
    '/api/v1/holders/:id/endorsements',
    {
      config: { access: only('clerk') },
      schema: { tags: ['permits'], params: idParams, body: endorseRequest, response: { 201: endorseResponse } },
    },
    async (req, reply) => {
      const lang = requestLang(req);
      const r = await endorsePermit(deps, requireUser(req), actorOf(req), req.params.id, req.body, lang);
      return reply.code(201).send({
        endorsement: r.endorsement,
        notes: r.notes.map((n) => n[lang]),
        sync: r.sync ? { ...r.sync, advice: r.sync.advice[lang] } : null,
        history: r.history,
      });
    },
  );
  app.post(
    '/api/v1/holders/:id/new-permits',
    {
      config: { access: only('clerk') },
      schema: { tags: ['permits'], params: idParams, body: newPermitRequest, response: { 201: newPermitResponse } },
    },
    async (req, reply) =>
      reply
        .code(201)
        .send(await recordNewPermit(deps, requireUser(req), actorOf(req), req.params.id, req.body, requestLang(req))),
  );
}
