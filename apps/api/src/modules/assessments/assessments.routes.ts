import {
  assessRequest,
  assessResponse,
  errorBody,
  saveAssessmentRequest,
  savedAssessmentResponse,
  savedAssessmentsResponse,
} from '@jifen/contracts';
import { anyone, only, requireUser } from '../../access.ts';
import type { App, ModuleDeps } from '../../deps.ts';
import { assess, listOwnAssessments, saveAssessment } from './assessments.service.ts';

export interface AssessmentRouteOptions {
  /** The server's general per-client limit a minute (RATE_LIMIT_MAX); assessments get a fifth of it, at least 120. */
  globalRateLimitMax: number;
}

/** Stateless assessments per client per minute: 120 with the default RATE_LIMIT_MAX of 600. */
export const assessmentRateLimit = (globalMax: number) => Math.max(120, Math.floor(globalMax / 5));

export function registerAssessmentRoutes(app: App, deps: ModuleDeps, opts: AssessmentRouteOptions): void {
  app.post(
    '/api/v1/assessments',
    {
      config: {
        access: anyone,
        rateLimit: { max: assessmentRateLimit(opts.globalRateLimitMax), timeWindow: '1 minute' },
      },
      schema: {
        tags: ['assessments'],
        summary: 'Points self-assessment (S-17), stateless; nothing is stored',
        description:
          'The same @jifen/domain engine as the public page. Input validated by the domain assessmentInputSchema; the response carries the policy version id and parameter hash (P-3).',
        body: assessRequest,
        response: { 200: assessResponse, 400: errorBody, 429: errorBody },
      },
    },
    async (req) => assess(deps, req.body),
  );
  app.post(
    '/api/v1/me/assessments',
    {
      config: { access: only('holder') },
      schema: {
        tags: ['assessments'],
        summary: 'Save an assessment to the holder account',
        body: saveAssessmentRequest,
        response: { 201: savedAssessmentResponse },
      },
    },
    async (req, reply) => reply.code(201).send({ assessment: await saveAssessment(deps, requireUser(req), req.body) }),
  );
  app.get(
    '/api/v1/me/assessments',
    {
      config: { access: only('holder') },
      schema: { tags: ['assessments'], response: { 200: savedAssessmentsResponse } },
    },
    async (req) => ({ assessments: await listOwnAssessments(deps, requireUser(req)) }),
  );
}
