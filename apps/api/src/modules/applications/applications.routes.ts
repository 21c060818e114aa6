import {
  applicationActionParams,
  applicationActionRequest,
  applicationPreviewResponse,
  applicationResponse,
  applicationsResponse,
  checklistResponse,
  createApplicationRequest,
  idParams,
  idempotencyHeaders,
  listApplicationsQuery,
} from '@jifen/contracts';
import { actorOf, only, requireUser } from '../../access.ts';
import type { App, ModuleDeps } from '../../deps.ts';
import { createApplication, getApplication, getChecklist, listApplications } from './applications.service.ts';
import { actOnApplication } from './applications.transition.ts';
import { previewApplication } from './preview.service.ts';
import { registerPaperConfirmationRoutes } from './paper-confirmation.routes.ts';

const readers = only('holder', 'hr', 'clerk', 'reviewer');

export function registerApplicationRoutes(app: App, deps: ModuleDeps): void {
  registerPaperConfirmationRoutes(app, deps);
  app.post(
    '/api/v1/applications',
    {
      // HR for its holders; a holder for their own renewal (issue 17), which goes to their employer's HR.
      config: { access: only('hr', 'holder') },
      schema: {
        tags: ['applications'],
        headers: idempotencyHeaders,
        body: createApplicationRequest,
        response: { 200: applicationResponse, 201: applicationResponse },
      },
    },
    async (req, reply) => {
      const result = await createApplication(
        deps,
        requireUser(req),
        actorOf(req),
        req.headers['idempotency-key'],
        req.body,
      );
      return reply.code(result.created ? 201 : 200).send({ application: result.application });
    },
  );
  app.get(
    '/api/v1/applications',
    {
      config: { access: readers },
      schema: { tags: ['applications'], querystring: listApplicationsQuery, response: { 200: applicationsResponse } },
    },
    async (req) => ({ applications: await listApplications(deps, requireUser(req), req.query) }),
  );
  app.get(
    '/api/v1/applications/:id',
    {
      config: { access: readers },
      schema: { tags: ['applications'], params: idParams, response: { 200: applicationResponse } },
    },
    async (req) => ({ application: await getApplication(deps, requireUser(req), req.params.id) }),
  );
  app.get(
    '/api/v1/applications/:id/checklist',
    {
      config: { access: readers },
      schema: { tags: ['applications'], params: idParams, response: { 200: checklistResponse } },
    },
    async (req) => getChecklist(deps, requireUser(req), req.params.id),
  );
  // Issue 17, problem 7: the claimed indicators, the engine's total and pending lines, beside the last approved total.
  app.get(
    '/api/v1/applications/:id/preview',
    {
      config: { access: readers },
      schema: { tags: ['applications'], params: idParams, response: { 200: applicationPreviewResponse } },
    },
    async (req) => ({ preview: await previewApplication(deps, requireUser(req), req.params.id) }),
  );
  // step 5: the points notice as a PDF, shown in the browser (inline) so it can be printed from there.
  app.post(
    '/api/v1/applications/:id/actions/:action',
    {
      config: { access: readers },
      schema: {
        tags: ['applications'],
        params: applicationActionParams,
        body: applicationActionRequest,
        response: { 200: applicationResponse },
      },
    },
    async (req) => ({
      application: await actOnApplication(
        deps,
        requireUser(req),
        actorOf(req),
        req.params.id,
        req.params.action,
        req.body,
      ),
    }),
  );
}
