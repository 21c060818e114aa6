import multipart from '@fastify/multipart';
import {
  holderTransferResponse,
  holderTransfersResponse,
  idParams,
  transferInvitationResponse,
  transferPaperConsentFields,
  transferRequestResponse,
  transferRequestsResponse,
} from '@jifen/contracts';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorOf, only, requireUser } from '../../access.ts';
import type { App, ModuleDeps } from '../../deps.ts';
import { fail } from '../../errors.ts';
import { MAX_SCAN_BYTES } from '../applications/paper-confirmation.service.ts';
import {
  acceptMyTransfer,
  declineMyTransfer,
  getEmployerTransfer,
  inviteForConsent,
  listEmployerTransfers,
  listMyTransfers,
  readTransferScan,
  recordPaperConsent,
} from './transfers.service.ts';
import { msg } from '@jifen/messages';

const EXTENSION: Record<string, string> = { 'application/pdf': 'pdf', 'image/png': 'png', 'image/jpeg': 'jpg' };

/** Issue 17: the new employer's transfer requests, and the holder's consent. */
export function registerTransferRoutes(app: App, deps: ModuleDeps): void {
  app.get(
    '/api/v1/transfers',
    { config: { access: only('hr') }, schema: { tags: ['transfers'], response: { 200: transferRequestsResponse } } },
    async (req) => ({ transfers: await listEmployerTransfers(deps, requireUser(req)) }),
  );
  app.get(
    '/api/v1/transfers/:id',
    {
      config: { access: only('hr') },
      schema: { tags: ['transfers'], params: idParams, response: { 200: transferRequestResponse } },
    },
    async (req) => ({ transfer: await getEmployerTransfer(deps, requireUser(req), req.params.id) }),
  );
  app.post(
    '/api/v1/transfers/:id/holder-invitation',
    {
      config: { access: only('hr') },
      schema: { tags: ['transfers'], params: idParams, response: { 202: transferInvitationResponse } },
    },
    async (req, reply) =>
      reply.code(202).send(
        await inviteForConsent(deps, requireUser(req), actorOf(req), req.params.id, {
          protocol: req.protocol,
          host: req.host,
        }),
      ),
  );
  // Multipart only here, in a scope of its own (as the paper confirmation): every other route stays JSON-only.
  app.register(async (scope) => {
    await scope.register(multipart, { limits: { fileSize: MAX_SCAN_BYTES, files: 1, fields: 0 } });
    scope.withTypeProvider<ZodTypeProvider>().post(
      '/api/v1/transfers/:id/paper-consent',
      {
        config: { access: only('hr') },
        schema: {
          tags: ['transfers'],
          params: idParams,
          querystring: transferPaperConsentFields,
          response: { 200: transferRequestResponse },
        },
      },
      async (req) => {
        const noFile = () => fail('VALIDATION.SCAN_FILE', msg('transfers.scanAsMultipart'));
        if (!req.isMultipart()) throw noFile();
        const file = await req.file();
        if (!file) throw noFile();
        const data = await file.toBuffer();
        return {
          transfer: await recordPaperConsent(deps, requireUser(req), actorOf(req), req.params.id, req.query, {
            filename: file.filename,
            data,
          }),
        };
      },
    );
  });
  app.get(
    '/api/v1/transfers/:id/paper-consent/scan',
    {
      config: { access: only('hr') },
      schema: { tags: ['transfers'], params: idParams, produces: ['application/pdf', 'image/png', 'image/jpeg'] },
    },
    async (req, reply) => {
      const scan = await readTransferScan(deps, requireUser(req), actorOf(req), req.params.id);
      reply.removeHeader('content-security-policy');
      return reply
        .type(scan.contentType)
        .header('content-disposition', `inline; filename="transfer-consent.${EXTENSION[scan.contentType] ?? 'bin'}"`)
        .header('cache-control', 'private, no-store')
        .send(scan.data);
    },
  );
  app.get(
    '/api/v1/me/transfers',
    { config: { access: only('holder') }, schema: { tags: ['transfers'], response: { 200: holderTransfersResponse } } },
    async (req) => ({ transfers: await listMyTransfers(deps, requireUser(req)) }),
  );
  app.post(
    '/api/v1/me/transfers/:id/accept',
    {
      config: { access: only('holder') },
      schema: { tags: ['transfers'], params: idParams, response: { 200: holderTransferResponse } },
    },
    async (req) => ({ transfer: await acceptMyTransfer(deps, requireUser(req), actorOf(req), req.params.id) }),
  );
  app.post(
    '/api/v1/me/transfers/:id/decline',
    {
      config: { access: only('holder') },
      schema: { tags: ['transfers'], params: idParams, response: { 200: holderTransferResponse } },
    },
    async (req) => ({ transfer: await declineMyTransfer(deps, requireUser(req), actorOf(req), req.params.id) }),
  );
}
