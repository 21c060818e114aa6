import multipart from '@fastify/multipart';
import {
  idParams,
  rosterExportQuery,
  rosterImportResponse,
  rosterPage,
  rosterQuery,
  rosterSummary as rosterSummaryResponse,
  startRenewalsRequest,
  startRenewalsResponse,
} from '@jifen/contracts';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { msg } from '@jifen/messages';
import { actorOf, only, requireUser } from '../../access.ts';
import type { App, ModuleDeps } from '../../deps.ts';
import { fail } from '../../errors.ts';
import { requestLang } from '../../plugins/errors.ts';
import { rosterTemplateXlsx } from './roster-file.ts';
import { getImport, startImport } from './roster-import.service.ts';
import { exportRoster, listRoster, rosterSummary, startRenewals } from './roster.service.ts';
import { readingDeps } from '../../plugins/read-replica.ts';

/** A roster of 50,000 rows as .xlsx is a few MB; as CSV a little more. */
const MAX_ROSTER_UPLOAD_BYTES = 12 * 1024 * 1024;
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Issue 13: the employer's roster (HR of a verified employer only, R-4). */
export function registerRosterRoutes(app: App, deps: ModuleDeps): void {
  const hr = { access: only('hr') };
  app.get(
    '/api/v1/roster',
    { config: hr, schema: { tags: ['roster'], querystring: rosterQuery, response: { 200: rosterPage } } },
    async (req) => listRoster(readingDeps(req, deps), requireUser(req), req.query),
  );
  app.get(
    '/api/v1/roster/summary',
    { config: hr, schema: { tags: ['roster'], response: { 200: rosterSummaryResponse } } },
    async (req) => rosterSummary(readingDeps(req, deps), requireUser(req)),
  );
  app.get(
    '/api/v1/roster/export',
    { config: hr, schema: { tags: ['roster'], querystring: rosterExportQuery } },
    async (req, reply) => {
      const file = await exportRoster(deps, requireUser(req), actorOf(req), req.query, requestLang(req));
      return reply
        .type(file.type)
        .header('content-disposition', `attachment; filename="${file.filename}"`)
        .send(file.body);
    },
  );
  app.get('/api/v1/roster/template.xlsx', { config: hr, schema: { tags: ['roster'] } }, async (_req, reply) =>
    reply
      .type(XLSX_TYPE)
      .header('content-disposition', 'attachment; filename="roster-template.xlsx"')
      .send(await rosterTemplateXlsx()),
  );
  app.get(
    '/api/v1/roster/imports/:id',
    { config: hr, schema: { tags: ['roster'], params: idParams, response: { 200: rosterImportResponse } } },
    async (req) => ({
      import: await getImport(deps, requireUser(req), req.params.id, requestLang(req)),
    }),
  );
  app.post(
    '/api/v1/roster/renewals',
    { config: hr, schema: { tags: ['roster'], body: startRenewalsRequest, response: { 200: startRenewalsResponse } } },
    async (req) => ({ results: await startRenewals(deps, requireUser(req), actorOf(req), req.body, requestLang(req)) }),
  );
  // Multipart only here, in a scope of its own: every other route stays JSON-only.
  app.register(async (scope) => {
    await scope.register(multipart, { limits: { fileSize: MAX_ROSTER_UPLOAD_BYTES, files: 1, fields: 5 } });
    scope
      .withTypeProvider<ZodTypeProvider>()
      .post(
        '/api/v1/roster/imports',
        { config: hr, schema: { tags: ['roster'], response: { 202: rosterImportResponse } } },
        async (req, reply) => {
          const noFile = () => fail('VALIDATION.IMPORT_FILE', msg('roster.fileAsMultipart'));
          if (!req.isMultipart()) throw noFile();
          const file = await req.file();
          if (!file) throw noFile();
          const data = await file.toBuffer();
          const started = await startImport(
            deps,
            req.log,
            requireUser(req),
            actorOf(req),
            { filename: file.filename, data },
            requestLang(req),
          );
          return reply.code(202).send({ import: started });
        },
      );
  });
}
