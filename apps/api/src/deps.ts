import type {
  FastifyBaseLogger,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { ClusterEvents } from './adapters/db/cluster-events.ts';
import type { Db } from './adapters/db/sql.ts';
import type { Clock } from './clock.ts';
import type { SessionCache } from './modules/auth/session-cache.ts';
import type { NoticeKeys } from './modules/notices/notice-key.ts';
import type { LivePolicy } from './policy/live-policy.ts';
import type { PiiCipher } from './security/pii.ts';

/** What services need, wired once in main.ts (or a test). */
export interface ModuleDeps {
  db: Db;
  clock: Clock;
  pii: PiiCipher;
  /** The published policy data the engine decides with (P-1); one per app, reloaded on every publication. */
  policy: LivePolicy;
  sessionIdleMinutes: number;
  /** Resolved sessions for a few seconds; cleared by anything that changes access. */
  sessionCache: SessionCache;
  /** Signs points-notice codes (NOTICE_KEY_FILE); a test app without one gets a key for the process. */
  noticeKeys?: NoticeKeys;
  /** Issue 18 item 10: transfer requests one employer may start a day (TRANSFER_REQUESTS_PER_DAY); 50 when unset. */
  transferRequestsPerDay?: number;
  /** Tells every instance at once (LISTEN/NOTIFY on PostgreSQL, issue 21); buildApp makes one when not given. */
  events?: ClusterEvents;
}

/** The Fastify instance routes are added to, typed by the zod schemas. */
export type App = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression<RawServerDefault>,
  RawReplyDefaultExpression<RawServerDefault>,
  FastifyBaseLogger,
  ZodTypeProvider
>;
