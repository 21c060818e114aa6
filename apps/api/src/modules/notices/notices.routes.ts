import { idParams, noticeCodeParams, noticePublicKeyResponse, noticeRevocationRequest, noticeRevocationResponse, noticeVerification } from '@jifen/contracts';
import { actorOf, anyone, only, requireUser } from '../../access.ts';
import type { App, ModuleDeps } from '../../deps.ts';
import { noticeKeysOf, publishedNoticeKey } from './notice-key.ts';
import { revokeNoticeFor, verifyNotice } from './notices.service.ts';

/** Issue #12: the public verification of a points notice, its public key, and revocation by the centre. */
export function registerNoticeRoutes(app: App, deps: ModuleDeps): void {
  // The key that verifies notice codes, for anyone who wants to check a code offline (JWK set + PEM).
  app.get(
    '/.well-known/jifen-notice-key',
    { config: { access: anyone }, schema: { tags: ['notices'], response: { 200: noticePublicKeyResponse } } },
    async (_req, reply) => reply.header('cache-control', 'public, max-age=3600').send(publishedNoticeKey(noticeKeysOf(deps))),
  );
  // The page /verify/<code> (no login) asks this: valid, expired, revoked or forged, with masked details only.
  app.get(
    '/api/v1/public/notices/:code',
    { config: { access: anyone }, schema: { tags: ['notices'], params: noticeCodeParams, response: { 200: noticeVerification } } },
    async (req, reply) => reply.header('cache-control', 'no-store').send(await verifyNotice(deps, req.params.code)),
  );
  app.post(
    '/api/v1/applications/:id/notice/revocation',
    {
      config: { access: only('reviewer', 'admin') },
      schema: { tags: ['notices'], params: idParams, body: noticeRevocationRequest, response: { 200: noticeRevocationResponse } },
    },
    async (req) => revokeNoticeFor(deps, requireUser(req), actorOf(req), req.params.id, req.body),
  );
}
