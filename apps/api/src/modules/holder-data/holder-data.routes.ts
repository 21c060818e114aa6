import multipart from '@fastify/multipart';
import {
  claimsResponse,
  confirmClaimsRequest,
  idParams,
  importRecordsQuery,
  importReport,
  putClaimsRequest,
  putRecordsRequest,
  recordsResponse,
  registerHolderRequest,
  registerHolderResponse,
  transferRequestResponse,
} from '@jifen/contracts';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { msg } from '@jifen/messages';
import { actorOf, only, requireUser } from '../../access.ts';
import type { App, ModuleDeps } from '../../deps.ts';
import { fail } from '../../errors.ts';
import { requestLang } from '../../plugins/errors.ts';
import { confirmOwnClaims, putHolderClaims, putOwnClaims } from './holder-data.service.ts';
import { registerHolder, type RequestTransfer } from './registration.service.ts';
import { templateCsv, templateXlsx } from './records-file.ts';
import { importRecords, putRecords } from './records.service.ts';
import { registerHolderDataReadRoutes } from './holder-data-read.routes.ts';

const MAX_UPLOAD_BYTES = 1024 * 1024;
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Holder registration, claims and SI/tax records; a registration that needs a transfer asks through `wiring` (app.ts). */
export function registerHolderDataRoutes(
  app: App,
  deps: ModuleDeps,
  wiring: { requestTransfer: RequestTransfer },
): void {
  registerHolderDataReadRoutes(app, deps);
  app.post(
    '/api/v1/holders',
    {
      config: { access: only('hr') },
      schema: {
        tags: ['holders'],
        body: registerHolderRequest,
        response: { 201: registerHolderResponse, 202: transferRequestResponse },
      },
    },
    async (req, reply) => {
      const registered = await registerHolder(deps, requireUser(req), actorOf(req), req.body, wiring.requestTransfer);
      return reply.code('transfer' in registered ? 202 : 201).send(registered);
    },
  );
  app.put(
    '/api/v1/me/claims',
    {
      config: { access: only('holder') },
      schema: { tags: ['claims'], body: putClaimsRequest, response: { 200: claimsResponse } },
    },
    async (req) => ({ claims: await putOwnClaims(deps, requireUser(req), actorOf(req), req.body) }),
  );
  app.put(
    '/api/v1/holders/:id/claims',
    {
      config: { access: only('hr') },
      schema: { tags: ['claims'], params: idParams, body: putClaimsRequest, response: { 200: claimsResponse } },
    },
    async (req) => ({ claims: await putHolderClaims(deps, requireUser(req), actorOf(req), req.params.id, req.body) }),
  );
  app.post(
    '/api/v1/me/claims/confirm',
    {
      config: { access: only('holder') },
      schema: { tags: ['claims'], body: confirmClaimsRequest, response: { 200: claimsResponse } },
    },
    async (req) => ({ claims: await confirmOwnClaims(deps, requireUser(req), actorOf(req), req.body.version) }),
  );
  app.put(
    '/api/v1/holders/:id/records',
    {
      config: { access: only('hr') },
      schema: { tags: ['records'], params: idParams, body: putRecordsRequest, response: { 200: recordsResponse } },
    },
    async (req) => ({ records: await putRecords(deps, requireUser(req), actorOf(req), req.params.id, req.body) }),
  );
  // Multipart only here, in a scope of its own: every other route stays JSON-only.
  app.register(async (scope) => {
    await scope.register(multipart, { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 5 } });
    scope.withTypeProvider<ZodTypeProvider>().post(
      '/api/v1/holders/:id/records/import',
      {
        config: { access: only('hr') },
        schema: {
          tags: ['records'],
          params: idParams,
          querystring: importRecordsQuery,
          response: { 200: importReport },
        },
      },
      async (req) => {
        const noFile = () => fail('VALIDATION.IMPORT_FILE', msg('holderData.fileAsMultipart'));
        if (!req.isMultipart()) throw noFile();
        const file = await req.file();
        if (!file) throw noFile();
        const data = await file.toBuffer();
        const user = requireUser(req);
        return importRecords(
          deps,
          user,
          actorOf(req),
          req.params.id,
          { filename: file.filename, data },
          req.query.mode ?? 'all-or-nothing',
          requestLang(req),
        );
      },
    );
  });
  app.get(
    '/api/v1/records/template.csv',
    { config: { access: only('hr', 'holder') }, schema: { tags: ['records'] } },
    async (_req, reply) =>
      reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="si-tax-records-template.csv"')
        .send(templateCsv()),
  );
  app.get(
    '/api/v1/records/template.xlsx',
    { config: { access: only('hr', 'holder') }, schema: { tags: ['records'] } },
    async (_req, reply) =>
      reply
        .type(XLSX_TYPE)
        .header('content-disposition', 'attachment; filename="si-tax-records-template.xlsx"')
        .send(await templateXlsx()),
  );
}
