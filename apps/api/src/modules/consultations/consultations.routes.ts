import {
  consultationCreated,
  consultationPublicStatus,
  consultationResponse,
  consultationsResponse,
  createConsultationRequest,
  errorBody,
  idParams,
  listConsultationsQuery,
  referenceParams,
  revealMobileRequest,
  revealMobileResponse,
  updateConsultationRequest,
} from '@jifen/contracts';
import { z } from 'zod';
import { actorOf, anyone, only, requireUser } from '../../access.ts';
import type { App, ModuleDeps } from '../../deps.ts';
import {
  consultationStatusOf,
  createConsultation,
  listQueue,
  revealConsultationMobile,
  updateConsultation,
  withdrawConsultation,
  type ConsultationPolicy,
} from './consultations.service.ts';

export interface ConsultationRouteOptions extends ConsultationPolicy {
  /**
   * The server's general per-client limit a minute (RATE_LIMIT_MAX). With the
   * default 600: 10 new requests and 30 status look-ups or withdrawals a
   * minute (reference codes are not guessable at that rate).
   */
  globalRateLimitMax: number;
}

export function registerConsultationRoutes(app: App, deps: ModuleDeps, opts: ConsultationRouteOptions): void {
  const policy: ConsultationPolicy = { retentionDays: opts.retentionDays };
  const lookupLimit = { max: Math.max(30, Math.floor(opts.globalRateLimitMax / 20)), timeWindow: '1 minute' };
  const consultant = { access: only('consultant') };

  app.post(
    '/api/v1/consultations',
    {
      config: {
        access: anyone,
        rateLimit: { max: Math.max(10, Math.floor(opts.globalRateLimitMax / 60)), timeWindow: '1 minute' },
      },
      schema: {
        tags: ['consultations'],
        summary: 'Ask for a call-back (PI-3: consent to the privacy notice required)',
        body: createConsultationRequest,
        response: { 201: consultationCreated, 400: errorBody, 429: errorBody },
      },
    },
    async (req, reply) => reply.code(201).send(await createConsultation(deps, policy, req.body)),
  );
  app.get(
    '/api/v1/consultations/by-reference/:reference',
    {
      config: { access: anyone, rateLimit: lookupLimit },
      schema: {
        tags: ['consultations'],
        params: referenceParams,
        response: { 200: consultationPublicStatus, 404: errorBody },
      },
    },
    async (req) => consultationStatusOf(deps, policy, req.params.reference),
  );
  app.delete(
    '/api/v1/consultations/by-reference/:reference',
    {
      config: { access: anyone, rateLimit: lookupLimit },
      schema: {
        tags: ['consultations'],
        summary: 'Withdraw: deletes the request and its data',
        params: referenceParams,
        response: { 204: z.null(), 404: errorBody },
      },
    },
    async (req, reply) => {
      await withdrawConsultation(deps, req.params.reference);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/v1/consultations',
    {
      config: consultant,
      schema: {
        tags: ['consultations'],
        querystring: listConsultationsQuery,
        response: { 200: consultationsResponse },
      },
    },
    async (req) => ({ consultations: await listQueue(deps, policy, req.query.status) }),
  );
  app.patch(
    '/api/v1/consultations/:id',
    {
      config: consultant,
      schema: {
        tags: ['consultations'],
        params: idParams,
        body: updateConsultationRequest,
        response: { 200: consultationResponse, 404: errorBody },
      },
    },
    async (req) => ({
      consultation: await updateConsultation(deps, policy, requireUser(req), actorOf(req), req.params.id, req.body),
    }),
  );
  app.post(
    '/api/v1/consultations/:id/reveal-mobile',
    {
      config: consultant,
      schema: {
        tags: ['consultations'],
        summary: 'The full mobile number to call back (audited, PI-1)',
        params: idParams,
        body: revealMobileRequest,
        response: { 200: revealMobileResponse, 404: errorBody },
      },
    },
    async (req) => ({ mobile: await revealConsultationMobile(deps, actorOf(req), req.params.id, req.body.reason) }),
  );
}
