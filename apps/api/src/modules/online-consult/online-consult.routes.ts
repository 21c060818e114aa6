import {
  answerRequest,
  consultantsResponse,
  createThreadRequest,
  errorBody,
  followUpRequest,
  verifyMobileRequest,
  handOverRequest,
  idParams,
  instantAnswersRequest,
  instantAnswersResponse,
  knowledgeEntryResponse,
  knowledgeListResponse,
  myThreadsResponse,
  publicThread,
  referenceParams,
  saveKnowledgeRequest,
  savedRepliesResponse,
  savedReplyResponse,
  saveSavedReplyRequest,
  threadCreated,
  threadVersionQuery,
  workbenchQuery,
  workbenchResponse,
  workbenchThreadResponse,
} from '@jifen/contracts';
import { z } from 'zod';
import { actorOf, anyone, only, requireUser } from '../../access.ts';
import type { App, ModuleDeps } from '../../deps.ts';
import type { ConsultationPolicy } from '../consultations/consultations.service.ts';
import {
  answerThread,
  claimThread,
  closeThread,
  consultants,
  handOverThread,
  workbenchQueue,
} from './consultant-workbench.service.ts';
import {
  createThread,
  followUp,
  myThreads,
  publicThreadOf,
  verifyThreadMobile,
  withdrawThread,
} from './online-consult.service.ts';
import { instantAnswers, knowledgeList, saveKnowledge, setKnowledgeStatus } from './knowledge.service.ts';
import { removeSavedReply, savedReplies, saveSavedReply } from './saved-replies.service.ts';

export interface OnlineConsultRouteOptions extends ConsultationPolicy {
  /** RATE_LIMIT_MAX: the public routes get a share of it (as call-back requests do). */
  globalRateLimitMax: number;
}

/** Issue #14: online consultation (public asking and following, the consultant's workbench, the knowledge base). */
export function registerOnlineConsultRoutes(app: App, deps: ModuleDeps, opts: OnlineConsultRouteOptions): void {
  const policy: ConsultationPolicy = { retentionDays: opts.retentionDays };
  const ask = { max: Math.max(10, Math.floor(opts.globalRateLimitMax / 60)), timeWindow: '1 minute' };
  // The open page polls (with backoff) for new answers: 2 s at first, up to 10 s.
  const follow = { max: Math.max(60, Math.floor(opts.globalRateLimitMax / 6)), timeWindow: '1 minute' };
  const instant = { max: Math.max(60, Math.floor(opts.globalRateLimitMax / 6)), timeWindow: '1 minute' };
  const consultant = { access: only('consultant') };
  const tags = ['online consultation'];

  app.post(
    '/api/v1/consult/instant-answers',
    {
      config: { access: anyone, rateLimit: instant },
      schema: {
        tags,
        summary: 'Knowledge-base entries ranked for a question, and L-8 for a date in it',
        body: instantAnswersRequest,
        response: { 200: instantAnswersResponse, 400: errorBody },
      },
    },
    async (req) => instantAnswers(deps, req.body.question),
  );
  app.post(
    '/api/v1/consult/threads',
    {
      config: { access: anyone, rateLimit: ask },
      schema: {
        tags,
        summary: 'Ask a question online (PI-3: consent to the privacy notice required)',
        body: createThreadRequest,
        response: { 201: threadCreated, 400: errorBody, 429: errorBody },
      },
    },
    async (req, reply) =>
      reply
        .code(201)
        .send(await createThread(deps, policy, req.auth?.user ?? null, req.auth ? actorOf(req) : null, req.body)),
  );
  app.get(
    '/api/v1/consult/threads/by-reference/:reference',
    {
      config: { access: anyone, rateLimit: follow },
      schema: {
        tags,
        summary: "The thread by its code (an account's thread: only that account)",
        params: referenceParams,
        querystring: threadVersionQuery,
        response: { 200: publicThread, 404: errorBody },
      },
    },
    async (req) => publicThreadOf(deps, policy, req.params.reference, req.auth?.user ?? null),
  );
  app.post(
    '/api/v1/consult/threads/by-reference/:reference/messages',
    {
      config: { access: anyone, rateLimit: ask },
      schema: {
        tags,
        summary: 'A follow-up question',
        params: referenceParams,
        body: followUpRequest,
        response: { 200: publicThread, 400: errorBody, 404: errorBody },
      },
    },
    async (req) => followUp(deps, policy, req.params.reference, req.auth?.user ?? null, req.body.body),
  );
  app.post(
    '/api/v1/consult/threads/by-reference/:reference/mobile-verification',
    {
      config: { access: anyone, rateLimit: ask },
      schema: {
        tags,
        summary: 'The code texted to the number: only a proved number is told of answers by SMS (issue 18)',
        params: referenceParams,
        body: verifyMobileRequest,
        response: { 200: publicThread, 400: errorBody, 404: errorBody },
      },
    },
    async (req) => verifyThreadMobile(deps, policy, req.params.reference, req.auth?.user ?? null, req.body.code),
  );
  app.delete(
    '/api/v1/consult/threads/by-reference/:reference',
    {
      config: { access: anyone, rateLimit: ask },
      schema: {
        tags,
        summary: 'Withdraw: deletes the thread and everything in it (PI-3)',
        params: referenceParams,
        response: { 204: z.null(), 404: errorBody },
      },
    },
    async (req, reply) => {
      await withdrawThread(deps, req.params.reference, req.auth?.user ?? null);
      return reply.code(204).send(null);
    },
  );
  app.get(
    '/api/v1/me/consult/threads',
    {
      config: { access: only('holder', 'hr', 'clerk', 'reviewer', 'consultant', 'admin') },
      schema: { tags, summary: "The signed-in person's own threads", response: { 200: myThreadsResponse } },
    },
    async (req) => myThreads(deps, requireUser(req)),
  );

  app.get(
    '/api/v1/consult/workbench',
    {
      config: consultant,
      schema: {
        tags,
        summary: 'The queue, oldest first, with the first-answer goal, a page at a time',
        querystring: workbenchQuery,
        response: { 200: workbenchResponse },
      },
    },
    async (req) => workbenchQueue(deps, policy, req.query),
  );
  app.post(
    '/api/v1/consult/workbench/:id/claim',
    {
      config: consultant,
      schema: { tags, params: idParams, response: { 200: workbenchThreadResponse, 404: errorBody, 409: errorBody } },
    },
    async (req) => ({ thread: await claimThread(deps, policy, requireUser(req), actorOf(req), req.params.id) }),
  );
  app.post(
    '/api/v1/consult/workbench/:id/answer',
    {
      config: consultant,
      schema: {
        tags,
        params: idParams,
        body: answerRequest,
        response: { 200: workbenchThreadResponse, 400: errorBody, 404: errorBody, 409: errorBody },
      },
    },
    async (req) => ({
      thread: await answerThread(
        deps,
        policy,
        requireUser(req),
        actorOf(req),
        req.params.id,
        req.body.body,
        req.body.ruleIds,
      ),
    }),
  );
  app.post(
    '/api/v1/consult/workbench/:id/hand-over',
    {
      config: consultant,
      schema: {
        tags,
        params: idParams,
        body: handOverRequest,
        response: { 200: workbenchThreadResponse, 400: errorBody, 404: errorBody, 409: errorBody },
      },
    },
    async (req) => ({
      thread: await handOverThread(
        deps,
        policy,
        requireUser(req),
        actorOf(req),
        req.params.id,
        req.body.toUserId,
        req.body.note,
      ),
    }),
  );
  app.post(
    '/api/v1/consult/workbench/:id/close',
    {
      config: consultant,
      schema: { tags, params: idParams, response: { 200: workbenchThreadResponse, 404: errorBody, 409: errorBody } },
    },
    async (req) => ({ thread: await closeThread(deps, policy, requireUser(req), actorOf(req), req.params.id) }),
  );
  app.get(
    '/api/v1/consult/consultants',
    { config: consultant, schema: { tags, response: { 200: consultantsResponse } } },
    async () => consultants(deps),
  );
  app.get(
    '/api/v1/consult/saved-replies',
    { config: consultant, schema: { tags, response: { 200: savedRepliesResponse } } },
    async () => savedReplies(deps),
  );
  app.post(
    '/api/v1/consult/saved-replies',
    {
      config: consultant,
      schema: {
        tags,
        summary: 'A new saved reply',
        body: saveSavedReplyRequest,
        response: { 201: savedReplyResponse, 400: errorBody, 409: errorBody },
      },
    },
    async (req, reply) => reply.code(201).send({ reply: await saveSavedReply(deps, actorOf(req), null, req.body) }),
  );
  app.put(
    '/api/v1/consult/saved-replies/:id',
    {
      config: consultant,
      schema: {
        tags,
        summary: 'Edit a saved reply',
        params: idParams,
        body: saveSavedReplyRequest,
        response: { 200: savedReplyResponse, 400: errorBody, 404: errorBody, 409: errorBody },
      },
    },
    async (req) => ({ reply: await saveSavedReply(deps, actorOf(req), req.params.id, req.body) }),
  );
  app.delete(
    '/api/v1/consult/saved-replies/:id',
    { config: consultant, schema: { tags, params: idParams, response: { 204: z.null(), 404: errorBody } } },
    async (req, reply) => {
      await removeSavedReply(deps, actorOf(req), req.params.id);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/v1/consult/knowledge',
    {
      config: consultant,
      schema: { tags, summary: 'Every entry: drafts, published, retired', response: { 200: knowledgeListResponse } },
    },
    async () => knowledgeList(deps),
  );
  app.post(
    '/api/v1/consult/knowledge',
    {
      config: consultant,
      schema: {
        tags,
        summary: 'A new draft (also: an answer turned into an entry)',
        body: saveKnowledgeRequest,
        response: { 201: knowledgeEntryResponse, 400: errorBody, 409: errorBody },
      },
    },
    async (req, reply) => reply.code(201).send({ entry: await saveKnowledge(deps, actorOf(req), null, req.body) }),
  );
  app.put(
    '/api/v1/consult/knowledge/:id',
    {
      config: consultant,
      schema: {
        tags,
        summary: 'Edit: saves the entry as a draft',
        params: idParams,
        body: saveKnowledgeRequest,
        response: { 200: knowledgeEntryResponse, 400: errorBody, 404: errorBody, 409: errorBody },
      },
    },
    async (req) => ({ entry: await saveKnowledge(deps, actorOf(req), req.params.id, req.body) }),
  );
  app.post(
    '/api/v1/consult/knowledge/:id/publish',
    {
      config: consultant,
      schema: { tags, params: idParams, response: { 200: knowledgeEntryResponse, 404: errorBody, 409: errorBody } },
    },
    async (req) => ({ entry: await setKnowledgeStatus(deps, actorOf(req), req.params.id, 'published') }),
  );
  app.post(
    '/api/v1/consult/knowledge/:id/retire',
    {
      config: consultant,
      schema: { tags, params: idParams, response: { 200: knowledgeEntryResponse, 404: errorBody, 409: errorBody } },
    },
    async (req) => ({ entry: await setKnowledgeStatus(deps, actorOf(req), req.params.id, 'retired') }),
  );
}
