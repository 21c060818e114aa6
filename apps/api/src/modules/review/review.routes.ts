import {
  applicationResponse,
  assignmentResponse,
  falseMaterialRequest,
  findingsResponse,
  handoverRequest,
  idParams,
  indicatorDecisionRequest,
  indicatorParams,
  materialsCheckRequest,
  materialsCheckResponse,
  reviewResponse,
  reviewQueueQuery,
  reviewQueueResponse,
} from '@jifen/contracts';
import { actorOf, only, requireUser } from '../../access.ts';
import type { App, ModuleDeps } from '../../deps.ts';
import { checkMaterials, printReceipt } from './materials.service.ts';
import { myFindings, recordFalseMaterial } from './review-findings.service.ts';
import { claimCase, handOver, workbenchQueue } from './review-queue.service.ts';
import { decideIndicator, getReview, retrieveFile } from './review.service.ts';

/** Issue #12: the centre's workbench, the materials at the visit and the review (R-3, C-5). */
export function registerReviewRoutes(app: App, deps: ModuleDeps): void {
  const reviewer = { access: only('reviewer') };
  const centre = { access: only('reviewer', 'clerk') };
  const readers = { access: only('holder', 'hr', 'clerk', 'reviewer') };
  app.get(
    '/api/v1/review/queue',
    {
      config: centre,
      schema: { tags: ['review'], querystring: reviewQueueQuery, response: { 200: reviewQueueResponse } },
    },
    async (req) => workbenchQueue(deps, requireUser(req), req.query),
  );
  app.post(
    '/api/v1/applications/:id/claim',
    { config: reviewer, schema: { tags: ['review'], params: idParams, response: { 200: assignmentResponse } } },
    async (req) => claimCase(deps, requireUser(req), actorOf(req), req.params.id),
  );
  app.post(
    '/api/v1/applications/:id/handover',
    {
      config: reviewer,
      schema: { tags: ['review'], params: idParams, body: handoverRequest, response: { 200: assignmentResponse } },
    },
    async (req) => handOver(deps, requireUser(req), actorOf(req), req.params.id, req.body.toUserId),
  );
  app.post(
    '/api/v1/applications/:id/materials',
    {
      config: centre,
      schema: {
        tags: ['review'],
        params: idParams,
        body: materialsCheckRequest,
        response: { 200: materialsCheckResponse },
      },
    },
    async (req) => checkMaterials(deps, requireUser(req), actorOf(req), req.params.id, req.body),
  );
  app.get(
    '/api/v1/applications/:id/receipt.pdf',
    { config: readers, schema: { tags: ['review'], params: idParams, produces: ['application/pdf'] } },
    async (req, reply) => {
      const receipt = await printReceipt(deps, requireUser(req), actorOf(req), req.params.id);
      reply.removeHeader('content-security-policy');
      return reply
        .type('application/pdf')
        .header('content-disposition', `inline; filename="${receipt.filename}"`)
        .header('cache-control', 'private, no-store')
        .send(receipt.pdf);
    },
  );
  app.get(
    '/api/v1/applications/:id/review',
    { config: readers, schema: { tags: ['review'], params: idParams, response: { 200: reviewResponse } } },
    async (req) => ({
      review: await getReview(deps, requireUser(req), req.params.id),
    }),
  );
  app.post(
    '/api/v1/applications/:id/review/file-retrieval',
    { config: reviewer, schema: { tags: ['review'], params: idParams, response: { 200: reviewResponse } } },
    async (req) => ({ review: await retrieveFile(deps, requireUser(req), actorOf(req), req.params.id) }),
  );
  app.put(
    '/api/v1/applications/:id/review/indicators/:indicator',
    {
      config: reviewer,
      schema: {
        tags: ['review'],
        params: indicatorParams,
        body: indicatorDecisionRequest,
        response: { 200: reviewResponse },
      },
    },
    async (req) => ({
      review: await decideIndicator(
        deps,
        requireUser(req),
        actorOf(req),
        req.params.id,
        req.params.indicator,
        req.body,
      ),
    }),
  );
  app.post(
    '/api/v1/applications/:id/review/false-material',
    {
      config: reviewer,
      schema: {
        tags: ['review'],
        params: idParams,
        body: falseMaterialRequest,
        response: { 200: applicationResponse },
      },
    },
    async (req) => ({
      application: await recordFalseMaterial(deps, requireUser(req), actorOf(req), req.params.id, req.body),
    }),
  );
  app.get(
    '/api/v1/me/false-material-findings',
    { config: { access: only('holder') }, schema: { tags: ['review'], response: { 200: findingsResponse } } },
    async (req) => ({
      findings: await myFindings(deps, requireUser(req)),
    }),
  );
}
