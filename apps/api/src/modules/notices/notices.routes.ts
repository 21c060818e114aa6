import {
  idParams,
  noticeCodeParams,
  noticePublicKeyResponse,
  noticeRevocationRequest,
  noticeRevocationResponse,
  noticeVerification,
} from '@jifen/contracts';
import { actorOf, anyone, only, requireUser } from '../../access.ts';
import type { App, ModuleDeps } from '../../deps.ts';
import { noticeKeysOf, publishedNoticeKey } from './notice-key.ts';
import { revokeNoticeFor, verifyNotice } from './notices.service.ts';
import { printNotice } from './notice-print.service.ts';

/** Issue #12: the public verification of a points notice, its public key, and revocation by the centre. */
export function registerNoticeRoutes(app: App, deps: ModuleDeps): void {
  // The key that verifies notice codes, for anyone who wants to check a code offline (JWK set + PEM).
  app.get(
    '/.well-known/jifen-notice-key',
    { config: { access: anyone }, schema: { tags: ['notices'], response: { 200: noticePublicKeyResponse } } },
    async (_req, reply) =>
      reply.header('cache-control', 'public, max-age=3600').send(publishedNoticeKey(noticeKeysOf(deps))),
  );
  // The page /verify/<code> (no login) asks this: valid, expired, revoked or forged, with masked details only.
  app.get(
    '/api/v1/public/notices/:code',
    {
      config: { access: anyone },
      schema: { tags: ['notices'], params: noticeCodeParams, response: { 200: noticeVerification } },
    },
    async (req, reply) => reply.header('cache-control', 'no-store').send(await verifyNotice(deps, req.params.code)),
  );
  app.post(
    '/api/v1/applications/:id/notice/revocation',
    {
      config: { access: only('reviewer', 'admin') },
      schema: {
        tags: ['notices'],
        params: idParams,
        body: noticeRevocationRequest,
        response: { 200: noticeRevocationResponse },
      },
    },
    async (req) => revokeNoticeFor(deps, requireUser(req), actorOf(req), req.params.id, req.body),
  );
  // The points notice's PDF (R-3 step 5): printing, signing and verifying a notice all live in this module (issue 17).
  app.get(
    '/api/v1/applications/:id/notice.pdf',
    {
      config: { access: only('holder', 'hr', 'clerk', 'reviewer') },
      schema: { tags: ['applications'], params: idParams, produces: ['application/pdf'] },
    },
    async (req, reply) => {
      const notice = await printNotice(deps, requireUser(req), actorOf(req), req.params.id, {
        protocol: req.protocol,
        host: req.host,
      });
      // The API's CSP (default-src 'none') would leave the browser's built-in PDF viewer blank; a PDF runs no page script.
      reply.removeHeader('content-security-policy');
      return reply
        .type('application/pdf')
        .header('content-disposition', `inline; filename="${notice.filename}"`)
        .header('cache-control', 'private, no-store')
        .send(notice.pdf);
    },
  );
}
