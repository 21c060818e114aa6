import {
  calendarDraftRequest,
  compareQuery,
  comparisonResponse,
  idParams,
  listPolicyDocumentsQuery,
  policyDataResponse,
  policyDocumentResponse,
  policyDocumentsResponse,
  policyImpactResponse,
  policyPendingResponse,
  publishPolicyResponse,
  replayResponse,
  versionDraftRequest,
  wageDraftRequest,
  wageImpactResponse,
} from '@jifen/contracts';
import { anyone, actorOf, only, requireUser } from '../../access.ts';
import type { App, ModuleDeps } from '../../deps.ts';
import { pendingData } from '../applications/pending-data.ts';
import { compareVersions } from './compare.service.ts';
import {
  discardPolicyDocument,
  draftCalendar,
  draftVersion,
  draftWage,
  getPolicyDocument,
  listPolicyDocuments,
  policyImpact,
  publishPolicyDocument,
} from './policy-data.service.ts';
import { replayDecisions } from './replay.service.ts';
import { wageImpact } from './wage-impact.service.ts';

const admin = { access: only('admin') };
const tags = ['policy'];

export function registerPolicyDataRoutes(app: App, deps: ModuleDeps): void {
  // Public: the self-assessment page runs the engine in the browser on the published data.
  app.get(
    '/api/v1/policy/data',
    { config: { access: anyone }, schema: { tags, response: { 200: policyDataResponse } } },
    async (_req, reply) => {
      const { raw, revision } = deps.policy.data();
      // Browsers and proxies keep it five minutes; a publication shows within that.
      reply.header('cache-control', 'public, max-age=300');
      return { revision, versions: [...raw.versions], calendars: [...raw.calendars], wages: raw.wages };
    },
  );

  app.get(
    '/api/v1/admin/policy/documents',
    {
      config: admin,
      schema: { tags, querystring: listPolicyDocumentsQuery, response: { 200: policyDocumentsResponse } },
    },
    async (req) => ({ documents: await listPolicyDocuments(deps.db, req.query.kind) }),
  );
  app.get(
    '/api/v1/admin/policy/documents/:id',
    { config: admin, schema: { tags, params: idParams, response: { 200: policyDocumentResponse } } },
    async (req) => ({ document: await getPolicyDocument(deps.db, req.params.id) }),
  );
  app.get(
    '/api/v1/admin/policy/documents/:id/impact',
    { config: admin, schema: { tags, params: idParams, response: { 200: policyImpactResponse } } },
    async (req) => policyImpact(deps.db, req.params.id),
  );
  // Issue 19: who drops (or rises) a S-9 / S-4 tier under a wage draft, before it is published.
  app.get(
    '/api/v1/admin/policy/documents/:id/wage-impact',
    { config: admin, schema: { tags, params: idParams, response: { 200: wageImpactResponse } } },
    async (req) => wageImpact(deps, await getPolicyDocument(deps.db, req.params.id)),
  );
  app.post(
    '/api/v1/admin/policy/documents/:id/publish',
    { config: admin, schema: { tags, params: idParams, response: { 200: publishPolicyResponse } } },
    async (req) => publishPolicyDocument(deps, requireUser(req), actorOf(req), req.params.id),
  );
  app.post(
    '/api/v1/admin/policy/documents/:id/discard',
    { config: admin, schema: { tags, params: idParams, response: { 200: policyDocumentResponse } } },
    async (req) => ({ document: await discardPolicyDocument(deps, actorOf(req), req.params.id) }),
  );

  app.post(
    '/api/v1/admin/policy/calendars',
    { config: admin, schema: { tags, body: calendarDraftRequest, response: { 201: policyDocumentResponse } } },
    async (req, reply) =>
      reply.code(201).send({ document: await draftCalendar(deps, requireUser(req), actorOf(req), req.body) }),
  );
  app.put(
    '/api/v1/admin/policy/calendars/:id',
    {
      config: admin,
      schema: { tags, params: idParams, body: calendarDraftRequest, response: { 200: policyDocumentResponse } },
    },
    async (req) => ({ document: await draftCalendar(deps, requireUser(req), actorOf(req), req.body, req.params.id) }),
  );
  app.post(
    '/api/v1/admin/policy/wages',
    { config: admin, schema: { tags, body: wageDraftRequest, response: { 201: policyDocumentResponse } } },
    async (req, reply) =>
      reply.code(201).send({ document: await draftWage(deps, requireUser(req), actorOf(req), req.body) }),
  );
  app.put(
    '/api/v1/admin/policy/wages/:id',
    {
      config: admin,
      schema: { tags, params: idParams, body: wageDraftRequest, response: { 200: policyDocumentResponse } },
    },
    async (req) => ({ document: await draftWage(deps, requireUser(req), actorOf(req), req.body, req.params.id) }),
  );
  app.post(
    '/api/v1/admin/policy/versions',
    { config: admin, schema: { tags, body: versionDraftRequest, response: { 201: policyDocumentResponse } } },
    async (req, reply) =>
      reply.code(201).send({ document: await draftVersion(deps, requireUser(req), actorOf(req), req.body) }),
  );
  app.put(
    '/api/v1/admin/policy/versions/:id',
    {
      config: admin,
      schema: { tags, params: idParams, body: versionDraftRequest, response: { 200: policyDocumentResponse } },
    },
    async (req) => ({ document: await draftVersion(deps, requireUser(req), actorOf(req), req.body, req.params.id) }),
  );

  app.get(
    '/api/v1/admin/policy/pending',
    { config: admin, schema: { tags, response: { 200: policyPendingResponse } } },
    async () => ({ items: await pendingData(deps.db) }),
  );
  app.get(
    '/api/v1/admin/policy/compare',
    { config: admin, schema: { tags, querystring: compareQuery, response: { 200: comparisonResponse } } },
    async (req) => compareVersions(deps, req.query),
  );
  app.post(
    '/api/v1/admin/policy/replay',
    { config: admin, schema: { tags, response: { 200: replayResponse } } },
    async () => replayDecisions(deps),
  );
}
