import { z } from 'zod';
import { LIFECYCLE_STATES } from '@jifen/domain';
import { assessRequest } from './assessments.ts';
import { isoDate, isoDateTime, longText, safeString, text } from './common.ts';
import { assessmentSummary, mainlandMobile, PRIVACY_NOTICE_VERSION } from './consultations.ts';

/**
 * Online consultation (issue #14): a question answered in writing, followed
 * with the same reference codes, consent and privacy notice as a call-back
 * (PI-3); instant answers from the knowledge base and the rules (L-8); the
 * consultant's workbench and knowledge base.
 */

export const THREAD_STATUSES = ['waiting', 'answered', 'closed'] as const;
export const threadStatus = z.enum(THREAD_STATUSES);
export type ThreadStatus = z.infer<typeof threadStatus>;

const localized = z.strictObject({ zh: z.string(), en: z.string() });
const ruleIdList = z.array(z.string());
/** Rule IDs a consultant's text rests on, as rules.md names them (answers, entries, saved replies). */
const ruleIdsInput = z.array(safeString({ max: 8 }).regex(/^(P|L|R|M|C|S|D|I|PI)-\d{1,2}$/, { error: 'rule.format' }));
/** The identifier of a knowledge entry or a saved reply: lowercase words joined by hyphens. */
const slugInput = safeString({ max: 60, min: 2 }).regex(/^[a-z0-9-]+$/, { error: 'knowledge.slug' });

/** `POST /api/v1/consult/instant-answers` (public): what the knowledge base and the rules say before a question is sent. */
export const instantAnswersRequest = z.strictObject({ question: longText(1000) });

export const instantEntry = z.strictObject({
  id: z.string(),
  slug: z.string(),
  title: localized,
  body: localized,
  ruleIds: ruleIdList,
  score: z.number(),
});
export type InstantEntry = z.infer<typeof instantEntry>;

export const instantLifecycle = z.strictObject({
  expiry: isoDate,
  basis: z.strictObject({
    kind: z.enum(['date', 'overdue', 'until']),
    text: z.string(),
    days: z.number().int().optional(),
  }),
  n: z.number().int(),
  state: z.enum(LIFECYCLE_STATES),
  stateLabel: localized,
  nextDeadline: z.strictObject({ date: isoDate, ruleId: z.string(), label: localized }).nullable(),
  daysLeft: z.number().int().nullable(),
  holdingYears: z.strictObject({ restart: z.boolean(), ruleId: z.string(), reason: localized }),
  timeline: z.array(z.strictObject({ kind: z.string(), date: isoDate, ruleId: z.string(), label: localized })),
  policyId: z.string(),
});
export type InstantLifecycle = z.infer<typeof instantLifecycle>;

export const instantAnswersResponse = z.strictObject({
  asOf: isoDate,
  lifecycle: instantLifecycle.nullable(),
  entries: z.array(instantEntry),
});
export type InstantAnswersResponse = z.infer<typeof instantAnswersResponse>;

/** `POST /api/v1/consult/threads` (public; signed in = the thread is the account's). */
export const createThreadRequest = z
  .strictObject({
    question: longText(1000),
    /** For the "an answer is there" SMS: only with `notifySms` (I-3). */
    mobile: mainlandMobile.optional(),
    notifySms: z.boolean().default(false),
    consent: z.literal(true, { error: 'consent.required' }),
    noticeVersion: z.literal(PRIVACY_NOTICE_VERSION).default(PRIVACY_NOTICE_VERSION),
    assessment: assessRequest.optional(),
    language: z.enum(['zh', 'en']).default('zh'),
  })
  .refine((v) => !v.notifySms || v.mobile !== undefined, { error: 'consult.mobileForSms', path: ['mobile'] });
export type CreateThreadRequest = z.input<typeof createThreadRequest>;

export const threadCreated = z.strictObject({
  reference: z.string(),
  status: threadStatus,
  deleteAfter: isoDate,
  retentionDays: z.number().int(),
  /** Issue 18: the code proving the number was texted ('sent'), not (the number's SMS for today are used up), or no SMS was asked for. */
  mobileCode: z.enum(['none', 'sent', 'limit_reached']),
});
export type ThreadCreated = z.infer<typeof threadCreated>;

export const threadMessage = z.strictObject({
  seq: z.number().int(),
  author: z.enum(['person', 'consultant', 'system']),
  authorName: z.string().nullable(),
  body: z.string(),
  ruleIds: ruleIdList,
  at: isoDateTime,
});
export type ThreadMessage = z.infer<typeof threadMessage>;

/** What the person sees with the code: no consultant-internal data. */
export const publicThread = z.strictObject({
  reference: z.string(),
  status: threadStatus,
  question: z.string(),
  mobile: z.string().nullable().describe('masked'),
  notifySms: z.boolean(),
  /** Issue 18: the asker entered the code sent to the number; only then are answers texted. */
  mobileVerified: z.boolean(),
  hasAssessment: z.boolean(),
  messages: z.array(threadMessage),
  version: z.number().int(),
  createdAt: isoDateTime,
  deleteAfter: isoDate,
});
export type PublicThread = z.infer<typeof publicThread>;

export const followUpRequest = z.strictObject({ body: longText(2000) });
/** Issue 18: the 6-digit code from the SMS. */
export const verifyMobileRequest = z.strictObject({
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/, { error: 'consult.smsCode' }),
});
export const threadVersionQuery = z.strictObject({ version: z.coerce.number().int().min(0).max(1_000_000).optional() });

/** `GET /api/v1/me/consult/threads`: the signed-in person's own threads. */
export const myThreadsResponse = z.strictObject({
  threads: z.array(
    z.strictObject({
      reference: z.string(),
      status: threadStatus,
      question: z.string(),
      createdAt: isoDateTime,
      updatedAt: isoDateTime,
    }),
  ),
});

/** The first-answer goal (`firstAnswerWorkingHours`) against the working time waited. */
export const firstAnswerGoal = z.strictObject({
  goalHours: z.number(),
  waitedMinutes: z.number().int(),
  leftMinutes: z.number().int(),
  overdue: z.boolean(),
  answered: z.boolean(),
});

/** One question in the consultant's queue. The holder's records are never here; an attached assessment is. */
export const workbenchThread = z.strictObject({
  id: z.uuid(),
  reference: z.string(),
  status: threadStatus,
  question: z.string(),
  language: z.enum(['zh', 'en']),
  signedIn: z.boolean(),
  mobile: z.string().nullable().describe('masked'),
  notifySms: z.boolean(),
  claimedBy: z.strictObject({ id: z.uuid(), name: z.string() }).nullable(),
  assessment: assessmentSummary.nullable(),
  goal: firstAnswerGoal.nullable(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  deleteAfter: isoDate,
  messages: z.array(threadMessage),
});
export type WorkbenchThread = z.infer<typeof workbenchThread>;

/** Issue 18: the queue in pages (a spammed queue was one 607 KB reply); `cursor` is the previous page's `nextCursor`. */
export const WORKBENCH_PAGE_MAX = 100;
export const workbenchQuery = z.strictObject({
  status: threadStatus.optional(),
  limit: z.coerce.number().int().min(1).max(WORKBENCH_PAGE_MAX).optional(),
  cursor: safeString({ min: 1, max: 200 }).optional(),
});
export const workbenchResponse = z.strictObject({
  threads: z.array(workbenchThread),
  goalHours: z.number(),
  nextCursor: z.string().nullable(),
});
export type WorkbenchResponse = z.infer<typeof workbenchResponse>;
export const workbenchThreadResponse = z.strictObject({ thread: workbenchThread });

export const answerRequest = z.strictObject({ body: longText(4000), ruleIds: ruleIdsInput.max(20).default([]) });
export type AnswerRequest = z.input<typeof answerRequest>;
export const handOverRequest = z.strictObject({ toUserId: z.uuid().optional(), note: longText(500).optional() });
export type HandOverRequest = z.infer<typeof handOverRequest>;

export const consultantsResponse = z.strictObject({
  consultants: z.array(z.strictObject({ id: z.uuid(), name: z.string() })),
});

export const savedReply = z.strictObject({
  id: z.uuid(),
  slug: z.string(),
  title: localized,
  body: localized,
  ruleIds: ruleIdList,
});
export type SavedReply = z.infer<typeof savedReply>;
export const savedRepliesResponse = z.strictObject({ replies: z.array(savedReply) });

export const KNOWLEDGE_STATUSES = ['draft', 'published', 'retired'] as const;
export const knowledgeStatus = z.enum(KNOWLEDGE_STATUSES);
export type KnowledgeStatus = z.infer<typeof knowledgeStatus>;

export const knowledgeEntry = z.strictObject({
  id: z.uuid(),
  slug: z.string(),
  status: knowledgeStatus,
  title: localized,
  body: localized,
  keywords: localized,
  ruleIds: ruleIdList,
  states: z.array(z.enum(LIFECYCLE_STATES)),
  updatedAt: isoDateTime,
  publishedAt: isoDateTime.nullable(),
});
export type KnowledgeEntryDto = z.infer<typeof knowledgeEntry>;
export const knowledgeListResponse = z.strictObject({ entries: z.array(knowledgeEntry) });
export const knowledgeEntryResponse = z.strictObject({ entry: knowledgeEntry });

const localizedInput = (max: number) => z.strictObject({ zh: text(max), en: text(max) });
const localizedLongInput = (max: number) => z.strictObject({ zh: longText(max), en: longText(max) });

/** Create or edit a draft (a published entry is edited by saving it back to draft). */
export const saveKnowledgeRequest = z.strictObject({
  slug: slugInput,
  title: localizedInput(120),
  body: localizedLongInput(3000),
  keywords: z.strictObject({ zh: safeString({ max: 500 }), en: safeString({ max: 500 }) }),
  ruleIds: ruleIdsInput.min(1, { error: 'knowledge.ruleIds' }).max(20),
  states: z.array(z.enum(LIFECYCLE_STATES)).max(5).default([]),
});
export type SaveKnowledgeRequest = z.input<typeof saveKnowledgeRequest>;

/** A consultant's saved reply, created or edited (issue #14): text in both languages with the rule IDs it inserts. */
export const saveSavedReplyRequest = z.strictObject({
  slug: slugInput,
  title: localizedInput(120),
  body: localizedLongInput(3000),
  ruleIds: ruleIdsInput.max(20).default([]),
});
export type SaveSavedReplyRequest = z.input<typeof saveSavedReplyRequest>;
export const savedReplyResponse = z.strictObject({ reply: savedReply });
