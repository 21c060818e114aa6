import multipart from '@fastify/multipart';
import { applicationResponse, idParams, paperConfirmationFields } from '@jifen/contracts';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { msg } from '@jifen/messages';
import { actorOf, only, requireUser } from '../../access.ts';
import type { App, ModuleDeps } from '../../deps.ts';
import { fail } from '../../errors.ts';
import { MAX_SCAN_BYTES, readPaperScan, recordPaperConfirmation } from './paper-confirmation.service.ts';

const EXTENSION: Record<string, string> = { 'application/pdf': 'pdf', 'image/png': 'png', 'image/jpeg': 'jpg' };

/** Issue #10: the holder's signed paper confirmation, recorded by HR with the scan, and the scan read back. */
export function registerPaperConfirmationRoutes(app: App, deps: ModuleDeps): void {
  // Multipart only here, in a scope of its own (as the records import): every other route stays JSON-only.
  app.register(async (scope) => {
    await scope.register(multipart, { limits: { fileSize: MAX_SCAN_BYTES, files: 1, fields: 0 } });
    scope.withTypeProvider<ZodTypeProvider>().post(
      '/api/v1/applications/:id/paper-confirmation',
      {
        config: { access: only('hr') },
        schema: {
          tags: ['applications'],
          params: idParams,
          querystring: paperConfirmationFields,
          response: { 200: applicationResponse },
        },
      },
      async (req) => {
        const noFile = () => fail('VALIDATION.SCAN_FILE', msg('applications.scanAsMultipart'));
        if (!req.isMultipart()) throw noFile();
        const file = await req.file();
        if (!file) throw noFile();
        const data = await file.toBuffer();
        const application = await recordPaperConfirmation(
          deps,
          requireUser(req),
          actorOf(req),
          req.params.id,
          req.query,
          { filename: file.filename, data },
        );
        return { application };
      },
    );
  });
  app.get(
    '/api/v1/applications/:id/paper-confirmation/scan',
    {
      config: { access: only('holder', 'hr', 'clerk', 'reviewer') },
      schema: { tags: ['applications'], params: idParams, produces: ['application/pdf', 'image/png', 'image/jpeg'] },
    },
    async (req, reply) => {
      const scan = await readPaperScan(deps, requireUser(req), actorOf(req), req.params.id);
      // As the notice: the browser's own PDF or image viewer shows it; the API's CSP (default-src 'none') would blank it.
      reply.removeHeader('content-security-policy');
      return reply
        .type(scan.contentType)
        .header('content-disposition', `inline; filename="${scan.filename}.${EXTENSION[scan.contentType] ?? 'bin'}"`)
        .header('cache-control', 'private, no-store')
        .send(scan.data);
    },
  );
}
