import {
  bookVisitRequest,
  createVisitSlotRequest,
  currentVisitResponse,
  idParams,
  listVisitSlotsQuery,
  visitBookingResponse,
  visitSlotResponse,
  visitSlotsResponse,
} from '@jifen/contracts';
import { actorOf, only, requireUser } from '../../access.ts';
import type { App, ModuleDeps } from '../../deps.ts';
import { bookVisit, cancelVisit, currentVisit, listVisitSlots, publishSlot } from './visits.service.ts';

export function registerVisitRoutes(app: App, deps: ModuleDeps): void {
  app.post(
    '/api/v1/visit-slots',
    {
      config: { access: only('reviewer') },
      schema: { tags: ['visits'], body: createVisitSlotRequest, response: { 201: visitSlotResponse } },
    },
    async (req, reply) =>
      reply.code(201).send({ slot: await publishSlot(deps, requireUser(req), actorOf(req), req.body) }),
  );
  app.get(
    '/api/v1/visit-slots',
    {
      config: { access: only('hr', 'reviewer', 'clerk') },
      schema: { tags: ['visits'], querystring: listVisitSlotsQuery, response: { 200: visitSlotsResponse } },
    },
    async (req) => ({ slots: await listVisitSlots(deps, requireUser(req), req.query) }),
  );
  app.get(
    '/api/v1/applications/:id/visit',
    {
      config: { access: only('hr', 'holder', 'clerk', 'reviewer') },
      schema: { tags: ['visits'], params: idParams, response: { 200: currentVisitResponse } },
    },
    async (req) => ({ booking: await currentVisit(deps, requireUser(req), req.params.id) }),
  );
  const hrOnly = { access: only('hr') };
  const schema = {
    tags: ['visits'],
    params: idParams,
    body: bookVisitRequest,
    response: { 200: visitBookingResponse, 201: visitBookingResponse },
  };
  app.post('/api/v1/applications/:id/visit', { config: hrOnly, schema }, async (req, reply) =>
    reply
      .code(201)
      .send({ booking: await bookVisit(deps, requireUser(req), actorOf(req), req.params.id, req.body, false) }),
  );
  app.put('/api/v1/applications/:id/visit', { config: hrOnly, schema }, async (req) => ({
    booking: await bookVisit(deps, requireUser(req), actorOf(req), req.params.id, req.body, true),
  }));
  app.delete(
    '/api/v1/applications/:id/visit',
    { config: hrOnly, schema: { tags: ['visits'], params: idParams, response: { 200: visitBookingResponse } } },
    async (req) => ({ booking: await cancelVisit(deps, requireUser(req), actorOf(req), req.params.id) }),
  );
}
