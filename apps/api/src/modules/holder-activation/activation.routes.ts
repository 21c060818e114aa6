import {
  activateRequest,
  activateResponse,
  activationCheckRequest,
  activationCheckResponse,
  holderInvitationResponse,
  idParams,
} from '@jifen/contracts';
import { actorOf, anyone, only, requireUser } from '../../access.ts';
import type { App, ModuleDeps } from '../../deps.ts';
import { activate, checkActivation, inviteHolder } from './activation.service.ts';

/** The links are 256-bit random, so this only keeps a script from hammering the page. */
const PUBLIC_LIMIT = { max: 30, timeWindow: '1 minute' };

/** Issue #10: a holder without an account activates one from an SMS link HR sends. */
export function registerHolderActivationRoutes(app: App, deps: ModuleDeps): void {
  app.post(
    '/api/v1/applications/:id/holder-invitation',
    {
      config: { access: only('hr') },
      schema: { tags: ['applications'], params: idParams, response: { 201: holderInvitationResponse } },
    },
    async (req, reply) =>
      reply.code(201).send(
        await inviteHolder(deps, requireUser(req), actorOf(req), req.params.id, {
          protocol: req.protocol,
          host: req.host,
        }),
      ),
  );
  // The token travels in the body, never in a URL a log could keep.
  app.post(
    '/api/v1/activation/check',
    {
      config: { access: anyone, rateLimit: PUBLIC_LIMIT },
      schema: { tags: ['auth'], body: activationCheckRequest, response: { 200: activationCheckResponse } },
    },
    async (req) => checkActivation(deps, req.body.token),
  );
  app.post(
    '/api/v1/activation',
    {
      config: { access: anyone, rateLimit: PUBLIC_LIMIT },
      schema: { tags: ['auth'], body: activateRequest, response: { 200: activateResponse } },
    },
    async (req) => activate(deps, req.body, String(req.id)),
  );
}
