import { isIP } from 'node:net';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { z } from 'zod';
import { REMINDER_KINDS, SMS_TEMPLATES } from '@jifen/domain';

/** The repository root (apps/api/src -> ../../..). */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no', 'on', 'off'])
  .transform((v) => ['true', '1', 'yes', 'on'].includes(v));

/**
 * TRUST_PROXY (issue 18 item 3): off, the number of proxies in front of the
 * server (the client is that many entries from the right of X-Forwarded-For),
 * or the proxies' addresses (IPs or CIDR ranges, comma-separated). Never
 * "true": that takes the leftmost entry, which the client writes itself.
 */
const TRUST_PROXY_HELP =
  'give the number of proxies in front of jifen (e.g. 1) or their addresses (e.g. 10.0.0.2,10.0.1.0/24); false when there is none';
const proxyEntry = (s: string) => {
  const [ip = '', bits, ...rest] = s.split('/');
  const family = isIP(ip);
  if (!family || rest.length) return false;
  return bits === undefined || (/^\d{1,3}$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128));
};
const trustProxy = z
  .string()
  .optional()
  .transform((raw, ctx): false | number | string[] => {
    const v = (raw ?? '').trim().toLowerCase();
    if (['', 'false', '0', 'no', 'off'].includes(v)) return false;
    if (/^\d{1,2}$/.test(v)) return Number(v);
    const entries = v.split(',').map((e) => e.trim());
    const bad = entries.filter((e) => !proxyEntry(e));
    if (bad.length === 0) return entries;
    const why = ['true', 'yes', 'on'].includes(v)
      ? '"true" would trust the leftmost X-Forwarded-For, which any client writes itself'
      : `not a hop count or proxy address: ${bad.join(', ')}`;
    ctx.addIssue({ code: 'custom', message: `${why}; ${TRUST_PROXY_HELP}` });
    return z.NEVER;
  });

const dataKey = z
  .string()
  .refine((s) => /^[A-Za-z0-9+/]+={0,2}$/.test(s) && Buffer.from(s, 'base64').length === 32, {
    error: 'must be 32 bytes encoded in base64 (e.g. `openssl rand -base64 32`)',
  })
  .transform((s) => Buffer.from(s, 'base64'));

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, { error: 'must be a postgres:// URL' })
    .optional(),
  // Issue 21: a streaming replica that lists and reports may read (read-your-writes per browser).
  DATABASE_REPLICA_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, { error: 'must be a postgres:// URL' })
    .optional(),
  DATA_DIR: z.string().min(1).default(path.join(REPO_ROOT, '.data')),
  JIFEN_DATA_KEY: dataKey.optional(),
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(30),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DEMO_DATA: z.enum(['auto', 'on', 'off']).default('auto'),
  WEB_DIST: z.string().min(1).default(path.join(REPO_ROOT, 'apps/web/dist')),
  // Unset: on in production (served over HTTPS there), off elsewhere.
  SECURE_COOKIES: bool.optional(),
  TRUST_PROXY: trustProxy,
  RATE_LIMIT_MAX: z.coerce.number().int().min(1).default(600),
  LOGIN_RATE_LIMIT_MAX: z.coerce.number().int().min(1).default(20),
  RATE_LIMIT_ADDRESS_PEOPLE: z.coerce.number().int().min(1).max(10_000).default(100),
  BODY_LIMIT_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(10 * 1024 * 1024)
    .default(64 * 1024),
  CONSULTATION_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(90),
  // Issue 18 item 10: transfer requests one employer may start per Shanghai day (registration and roster import together).
  TRANSFER_REQUESTS_PER_DAY: z.coerce.number().int().min(1).max(100_000).default(50),
  OUTBOX_DELIVERY_DELAY_MS: z.coerce
    .number()
    .int()
    .min(0)
    .max(24 * 3600 * 1000)
    .default(0),
  OUTBOX_POLL_MS: z.coerce.number().int().min(50).max(600_000).default(1000),
  AUDIT_CHECKPOINT_KEY_FILE: z.string().min(1).optional(),
  AUDIT_CHECKPOINT_DIR: z.string().min(1).optional(),
  // Issue 21 item 6: a database restored from a backup is checked against the checkpoints of the one it was dumped from.
  AUDIT_CHECKPOINT_DATABASE_ID: z
    .string()
    .regex(/^(postgres:\/\/[^\s]+|pglite:\/[^\s]*)$/, {
      error: 'must be the checkpointDatabaseId of a backup manifest (postgres://host:port/name)',
    })
    .optional(),
  AUDIT_CHECKPOINT_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(7 * 24 * 60)
    .default(60),
  // Issue #12: the points notice's signing key and the SMS provider.
  NOTICE_KEY_FILE: z.string().min(1).optional(),
  SMS_PROVIDER: z.enum(['log', 'aliyun']).default('log'),
  SMS_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(20).default(6),
  SMS_RETRY_BASE_MS: z.coerce.number().int().min(0).max(3_600_000).default(30_000),
  SMS_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(5000),
  ALIYUN_SMS_ACCESS_KEY_ID: z.string().min(1).optional(),
  ALIYUN_SMS_ACCESS_KEY_SECRET: z.string().min(1).optional(),
  ALIYUN_SMS_SIGN_NAME: z.string().min(1).optional(),
  ALIYUN_SMS_ENDPOINT: z
    .string()
    .regex(/^[A-Za-z0-9.-]+(:\d{1,5})?$/, { error: 'must be host[:port]' })
    .default('dysmsapi.aliyuncs.com'),
  ALIYUN_SMS_PROTOCOL: z.enum(['https', 'http']).default('https'),
  ALIYUN_SMS_TEMPLATES: z.string().optional(),
  // Issue 21 item 4: /metrics answers only a Bearer token equal to METRICS_TOKEN; traces go over OTLP/HTTP when an endpoint is set.
  METRICS_TOKEN: z
    .string()
    .min(16, { error: 'must be at least 16 characters (e.g. `openssl rand -hex 24`)' })
    .optional(),
  OTEL_EXPORTER_OTLP_ENDPOINT: z
    .string()
    .regex(/^https?:\/\/[^\s]+$/, {
      error: 'must be an http(s):// URL of an OTLP/HTTP collector (e.g. http://127.0.0.1:4318)',
    })
    .optional(),
  OTEL_SERVICE_NAME: z.string().min(1).default('jifen-api'),
  BUSINESS_DATE: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a date YYYY-MM-DD' })
    .refine(
      (s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
      {
        error: 'must be a real calendar date',
      },
    )
    .optional(),
});

export interface Config {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  databaseUrl: string | undefined;
  /** A streaming replica of DATABASE_URL for lists and reports (issue 21). */
  databaseReplicaUrl: string | undefined;
  dataDir: string;
  /** PGlite's folder when no DATABASE_URL is given. */
  pgliteDir: string;
  dataKey: Buffer | undefined;
  sessionIdleMinutes: number;
  /**
   * Issue 18 item 10: how many transfer requests (an ID another employer
   * holds, by registration or roster import) one employer may start in a
   * Shanghai day; past it the request is refused with the limit named.
   */
  transferRequestsPerDay: number;
  logLevel: string;
  demoData: 'auto' | 'on' | 'off';
  webDist: string;
  secureCookies: boolean;
  /** Off, the number of proxies in front, or their addresses (see TRUST_PROXY). */
  trustProxy: false | number | string[];
  rateLimitMax: number;
  loginRateLimitMax: number;
  /**
   * The signed-in people at one address together get this many people's
   * budgets (issue 18 item 6: per person and per address, both hold; an office
   * behind one NAT address is several people).
   */
  rateLimitAddressPeople: number;
  bodyLimit: number;
  /** PI-3: consultation requests are deleted this many days after they were made. */
  consultationRetentionDays: number;
  /** Outbox messages younger than this are not delivered yet (the crash test's window; 0 by default). */
  outboxDeliveryDelayMs: number;
  /** How often the outbox worker looks for due messages. */
  outboxPollMs: number;
  /**
   * Signed checkpoints of the audit chain head (docs/adr/0010): the Ed25519
   * private key file (generated on first start when absent, its public key
   * beside it as `<file>.pub`), the directory of the append-only checkpoint
   * file (keep both where the database's OS user cannot write), and how often
   * a checkpoint is written.
   */
  auditCheckpoint: { keyFile: string; dir: string; everyMinutes: number; databaseId?: string };
  /**
   * Training and acceptance environments only: the server's clock starts on
   * this Shanghai date (at the current time of day) and runs on from there.
   * Refused in production, where the date decides people's rights.
   */
  businessDate: string | undefined;
  /** Issue #12: the Ed25519 key file that signs points-notice codes (generated on first start, `.pub` beside it). */
  noticeKeyFile: string;
  /** Issue 21: the Bearer token that opens /metrics; unset, /metrics refuses everyone. */
  metricsToken: string | undefined;
  /** Issue 21: OpenTelemetry traces over OTLP/HTTP (protobuf) to `${endpoint}/v1/traces`; unset, no tracing. */
  tracing: { endpoint: string; serviceName: string } | undefined;
  /**
   * SMS: `log` writes each message to the log; `aliyun` sends it through
   * Aliyun SendSms with the template code of its kind. A transient failure
   * is retried (exponential backoff from retryBaseMs, with jitter) up to
   * maxAttempts; a permanent one fails at once.
   */
  sms: {
    provider: 'log' | 'aliyun';
    maxAttempts: number;
    retryBaseMs: number;
    aliyun?: {
      accessKeyId: string;
      accessKeySecret: string;
      signName: string;
      endpoint: string;
      protocol: 'https' | 'http';
      templates: Record<string, string>;
      timeoutMs: number;
    };
  };
}

export type ConfigResult = { ok: true; config: Config } | { ok: false; errors: string[] };

/** The only reader of process.env. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): ConfigResult {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map((i) => `${i.path.join('.') || '(env)'}: ${i.message}`),
    };
  }
  const e = parsed.data;
  const errors: string[] = [];
  if (e.NODE_ENV === 'production' && !e.JIFEN_DATA_KEY) {
    errors.push('JIFEN_DATA_KEY: required in production (32 bytes, base64)');
  }
  if (e.NODE_ENV === 'production' && e.BUSINESS_DATE) {
    errors.push('BUSINESS_DATE: not allowed in production (the real date decides deadlines); unset it');
  }
  const aliyun = e.SMS_PROVIDER === 'aliyun' ? aliyunSms(e, errors) : undefined;
  if (errors.length > 0) return { ok: false, errors };
  const dataDir = path.resolve(e.DATA_DIR);
  return {
    ok: true,
    config: {
      env: e.NODE_ENV,
      port: e.PORT,
      host: e.HOST,
      databaseUrl: e.DATABASE_URL,
      databaseReplicaUrl: e.DATABASE_REPLICA_URL,
      dataDir,
      pgliteDir: path.join(dataDir, 'pglite'),
      dataKey: e.JIFEN_DATA_KEY,
      sessionIdleMinutes: e.SESSION_IDLE_MINUTES,
      logLevel: e.LOG_LEVEL,
      demoData: e.DEMO_DATA,
      webDist: path.resolve(e.WEB_DIST),
      secureCookies: e.SECURE_COOKIES ?? e.NODE_ENV === 'production',
      trustProxy: e.TRUST_PROXY,
      rateLimitMax: e.RATE_LIMIT_MAX,
      loginRateLimitMax: e.LOGIN_RATE_LIMIT_MAX,
      rateLimitAddressPeople: e.RATE_LIMIT_ADDRESS_PEOPLE,
      bodyLimit: e.BODY_LIMIT_BYTES,
      consultationRetentionDays: e.CONSULTATION_RETENTION_DAYS,
      transferRequestsPerDay: e.TRANSFER_REQUESTS_PER_DAY,
      outboxDeliveryDelayMs: e.OUTBOX_DELIVERY_DELAY_MS,
      outboxPollMs: e.OUTBOX_POLL_MS,
      auditCheckpoint: {
        keyFile: path.resolve(e.AUDIT_CHECKPOINT_KEY_FILE ?? path.join(dataDir, 'audit-checkpoint-key.pem')),
        dir: path.resolve(e.AUDIT_CHECKPOINT_DIR ?? path.join(dataDir, 'audit-checkpoints')),
        everyMinutes: e.AUDIT_CHECKPOINT_MINUTES,
        ...(e.AUDIT_CHECKPOINT_DATABASE_ID ? { databaseId: e.AUDIT_CHECKPOINT_DATABASE_ID } : {}),
      },
      businessDate: e.BUSINESS_DATE,
      noticeKeyFile: path.resolve(e.NOTICE_KEY_FILE ?? path.join(dataDir, 'notice-signing-key.pem')),
      metricsToken: e.METRICS_TOKEN,
      tracing: e.OTEL_EXPORTER_OTLP_ENDPOINT
        ? { endpoint: e.OTEL_EXPORTER_OTLP_ENDPOINT.replace(/\/+$/, ''), serviceName: e.OTEL_SERVICE_NAME }
        : undefined,
      sms: {
        provider: e.SMS_PROVIDER,
        maxAttempts: e.SMS_MAX_ATTEMPTS,
        retryBaseMs: e.SMS_RETRY_BASE_MS,
        ...(aliyun ? { aliyun } : {}),
      },
    },
  };
}

/**
 * Every kind of SMS jifen sends, by template: the workflow's (SMS_TEMPLATES), the
 * lifecycle reminders' (one per kind, issue #13) and the online consultation's
 * "your answer is there" (issue #14) and its code proving the number (issue 18).
 * Each needs a provider template code.
 */
export const SMS_MESSAGE_KINDS: readonly string[] = [
  ...Object.keys(SMS_TEMPLATES),
  ...REMINDER_KINDS.map((k) => `reminder_${k}`),
  'consult_answered',
  'consult_mobile_code',
];

/** The Aliyun settings, all required once SMS_PROVIDER=aliyun; every message kind needs its template code. */
function aliyunSms(e: z.infer<typeof envSchema>, errors: string[]): NonNullable<Config['sms']['aliyun']> | undefined {
  for (const name of [
    'ALIYUN_SMS_ACCESS_KEY_ID',
    'ALIYUN_SMS_ACCESS_KEY_SECRET',
    'ALIYUN_SMS_SIGN_NAME',
    'ALIYUN_SMS_TEMPLATES',
  ] as const) {
    if (!e[name]) errors.push(`${name}: required when SMS_PROVIDER=aliyun`);
  }
  if (e.NODE_ENV === 'production' && e.ALIYUN_SMS_PROTOCOL === 'http')
    errors.push('ALIYUN_SMS_PROTOCOL: http is for a local test server only; use https in production');
  let templates: Record<string, string> = {};
  if (e.ALIYUN_SMS_TEMPLATES) {
    const parsed = z.record(z.string(), z.string().regex(/^SMS_\d+$/)).safeParse(safeJson(e.ALIYUN_SMS_TEMPLATES));
    if (!parsed.success)
      errors.push(
        'ALIYUN_SMS_TEMPLATES: must be a JSON object of message kind -> template code, e.g. {"approved":"SMS_123456789"}',
      );
    else {
      templates = parsed.data;
      const missing = SMS_MESSAGE_KINDS.filter((k) => !templates[k]);
      if (missing.length > 0) errors.push(`ALIYUN_SMS_TEMPLATES: no template code for ${missing.join(', ')}`);
    }
  }
  if (!e.ALIYUN_SMS_ACCESS_KEY_ID || !e.ALIYUN_SMS_ACCESS_KEY_SECRET || !e.ALIYUN_SMS_SIGN_NAME) return undefined;
  return {
    accessKeyId: e.ALIYUN_SMS_ACCESS_KEY_ID,
    accessKeySecret: e.ALIYUN_SMS_ACCESS_KEY_SECRET,
    signName: e.ALIYUN_SMS_SIGN_NAME,
    endpoint: e.ALIYUN_SMS_ENDPOINT,
    protocol: e.ALIYUN_SMS_PROTOCOL,
    templates,
    timeoutMs: e.SMS_TIMEOUT_MS,
  };
}

function safeJson(s: string): unknown {
  try {
    return JSON.parse(s);
  } catch {
    return undefined;
  }
}
