import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { issuePath, localizeIssue, type ErrorBody, type Lang } from '@jifen/contracts';
import type { LocalizedText } from '@jifen/domain';
import { msg } from '@jifen/messages';
import { AppError } from '../errors.ts';
import { ZodRequestError } from './validation.ts';

/** Code -> HTTP status: exact codes first, then by suffix or prefix. */
const EXACT: Record<string, number> = {
  'AUTH.UNAUTHENTICATED': 401,
  'AUTH.INVALID_CREDENTIALS': 401,
  'AUTH.FORBIDDEN': 403,
  'AUTH.PASSWORD_CHANGE_REQUIRED': 403,
  'AUTH.DISABLED': 403,
  'AUTH.WRONG_PASSWORD': 400,
  'USER.SELF': 409,
  'USER.ROLE_FIXED': 409,
  'AUTH.CSRF': 403,
  'AUTH.LOCKED': 423,
  'AUTH.TOO_MANY_ACCOUNTS': 429,
  'EMPLOYER.NOT_VERIFIED': 403,
  'HOLDER.ALREADY_REGISTERED': 409,
  'PERMIT.NONE': 409,
  'PERMIT.MUST_REAPPLY': 422,
  'APPLICATION.CHECKS_FAILED': 422,
  'APPLICATION.INPUT_MISSING': 422,
  'APPLICATION.TRANSITION_NOT_ALLOWED': 409,
  'APPLICATION.FINAL_STATE': 409,
  'APPLICATION.FORBIDDEN_ROLE': 403,
  'APPLICATION.REASON_REQUIRED': 422,
  'APPLICATION.NOT_APPROVED': 409,
  'VISIT.SLOT_FULL': 409,
  // Issue #10: the holder's activation link and the paper confirmation.
  'ACTIVATION.NOT_DRAFT': 409,
  'ACTIVATION.HOLDER_HAS_ACCOUNT': 409,
  'ACTIVATION.NO_MOBILE': 422,
  'ACTIVATION.TOO_SOON': 429,
  'ACTIVATION.USED': 410,
  'ACTIVATION.EXPIRED': 410,
  'PAPER.HOLDER_HAS_ACCOUNT': 409,
  'PAPER.SIGNED_ON': 422,
  'VISIT.NOT_AWAITING': 409,
  'VISIT.SLOT_PAST': 409,
  'VISIT.SLOT_IN_PAST': 422,
  'POLICY.SAME_ADMIN': 403,
  'POLICY.PUBLISHED': 409,
  'POLICY.DRAFT_EXISTS': 409,
  'POLICY.INVALID': 422,
  'POLICY.REASON_REQUIRED': 422,
  'POLICY.EFFECTIVE_DATE': 422,
  'POLICY.UNKNOWN_ID': 422,
  // Issue 19: the tier preview is for an average-wage document only.
  'POLICY.NOT_WAGE': 422,
  // Issue #12: the review workbench.
  'REVIEW.HELD_BY_OTHER': 409,
  'REVIEW.CASE_CLOSED': 409,
  'REVIEW.NOT_UNDER_REVIEW': 409,
  'REVIEW.FILE_NOT_RETRIEVED': 409,
  'REVIEW.NO_RECEIPT': 409,
  RATE_LIMITED: 429,
  'VALIDATION.BODY_TOO_LARGE': 413,
  'VALIDATION.UNSUPPORTED_MEDIA_TYPE': 415,
  INTERNAL: 500,
  'SERVICE.UNAVAILABLE': 503,
  // Issue 21 item 5: the database is restarting or failing over, or its disk is full.
  'SERVICE.DATABASE_UNAVAILABLE': 503,
  'SERVICE.STORAGE_FULL': 503,
  // Issue #12: the verifiable notice and the failed-SMS page.
  'NOTICE.REVOKED': 409,
  'NOTICE.NOT_ISSUED': 409,
  'SMS.NOT_FAILED': 409,
  'SMS.NOT_RESENDABLE': 409,
  'SMS.NOT_FOUND': 404,
  // Issue 17: a transfer request that expired or was already decided.
  'TRANSFER.EXPIRED': 410,
  'TRANSFER.CLOSED': 409,
  // Issue 18 item 10: an employer's transfer requests past TRANSFER_REQUESTS_PER_DAY. Not 429: the web shows a
  // 429 as "wait N seconds", and this refusal's own message (the limit, the day to retry, who raises it) must show.
  'TRANSFER.DAILY_LIMIT': 409,
};

/**
 * Families of coded errors (docs/adr/0012-input-boundary.md). A coded error
 * is an expected refusal, so it is never a 5xx: only INTERNAL (an uncoded
 * throw) and SERVICE.UNAVAILABLE are, both in EXACT. In order:
 * - `*.NOT_FOUND` 404; `*.CONFLICT`, `*.ALREADY_*`, `*.OPEN_EXISTS` 409;
 * - `VALIDATION.*` and the value families a request can get wrong by itself
 *   (`DATE.*`, `MONTH.*`, `MOBILE.*`, `*.INVALID` of request data) 400;
 * - everything else, notably a well-formed request the rules cannot be
 *   applied to (POLICY.NO_VERSION, CALENDAR.YEAR_MISSING, WAGE.YEAR_MISSING:
 *   no policy, calendar or wage year for the date asked), 422.
 */
const BAD_REQUEST_FAMILIES = ['VALIDATION.', 'DATE.', 'MONTH.', 'MOBILE.'];

export function statusForCode(code: string): number {
  const exact = EXACT[code];
  if (exact !== undefined) return exact;
  if (code.endsWith('.NOT_FOUND')) return 404;
  if (code.endsWith('.CONFLICT') || code.includes('.ALREADY_') || code.endsWith('.OPEN_EXISTS')) return 409;
  if (BAD_REQUEST_FAMILIES.some((f) => code.startsWith(f))) return 400;
  return 422;
}

export function requestLang(req: FastifyRequest): Lang {
  const header = req.headers['accept-language'];
  return typeof header === 'string' && header.trim().toLowerCase().startsWith('en') ? 'en' : 'zh';
}

interface Mapped {
  code: string;
  message: LocalizedText;
  details?: { path: string; message: LocalizedText | ((lang: Lang) => string) }[];
  ruleId?: string;
}

const MSG = {
  malformed: msg('http.malformed'),
  tooLarge: msg('http.tooLarge'),
  mediaType: msg('http.mediaType'),
  invalid: msg('http.invalid'),
  csrf: msg('http.csrf'),
  rate: msg('http.rate'),
  internal: msg('http.internal'),
  badRequest: msg('http.badRequest'),
  badUrl: msg('http.badUrl'),
  databaseDown: msg('http.databaseDown'),
  storageFull: msg('http.storageFull'),
};

/** How long a client should wait before retrying each kind of outage (Retry-After, seconds). */
const RETRY_AFTER: Record<string, number> = { 'SERVICE.DATABASE_UNAVAILABLE': 3, 'SERVICE.STORAGE_FULL': 60 };

const CONNECTION_FAULTS =
  /ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|Connection terminated|connection timeout|timeout exceeded when trying to connect|Client has encountered a connection error/i;

/**
 * A database outage, not a bug (issue 21 item 5): PostgreSQL restarting
 * (57P01-57P03), unreachable (08xxx, a refused or cut connection), out of
 * connections (53300) or out of disk (53100). The transaction was rolled
 * back, so nothing was half-written; the client is told to retry.
 */
function databaseFault(error: Error): Mapped | undefined {
  const code = (error as { code?: unknown }).code;
  if (code === '53100') return { code: 'SERVICE.STORAGE_FULL', message: MSG.storageFull };
  const c = typeof code === 'string' ? code : '';
  if (c.startsWith('08') || c.startsWith('57P') || c === '53300' || CONNECTION_FAULTS.test(`${c} ${error.message}`))
    return { code: 'SERVICE.DATABASE_UNAVAILABLE', message: MSG.databaseDown };
  return undefined;
}

function mapError(error: FastifyError | Error): Mapped {
  if (error instanceof AppError) {
    return {
      code: error.domain.code,
      message: error.domain.message,
      details: error.fields,
      ...(error.domain.ruleId ? { ruleId: error.domain.ruleId } : {}),
    };
  }
  if (error instanceof ZodRequestError) {
    return {
      code: 'VALIDATION.INVALID',
      message: MSG.invalid,
      details: error.issues.map((issue) => ({
        path: [error.part, issuePath(issue.path)].filter(Boolean).join('.'),
        message: (lang: Lang) => localizeIssue(issue, lang),
      })),
    };
  }
  const fault = databaseFault(error);
  if (fault) return fault;
  const fe = error as FastifyError;
  const status = fe.statusCode ?? 500;
  const code = fe.code ?? '';
  if (code.startsWith('FST_CSRF') || code === 'FST_ERR_CSRF') return { code: 'AUTH.CSRF', message: MSG.csrf };
  if (status === 429) return { code: 'RATE_LIMITED', message: MSG.rate };
  if (status === 413) return { code: 'VALIDATION.BODY_TOO_LARGE', message: MSG.tooLarge };
  if (status === 415) return { code: 'VALIDATION.UNSUPPORTED_MEDIA_TYPE', message: MSG.mediaType };
  if (status === 400 && (code.startsWith('FST_ERR_CTP') || error instanceof SyntaxError)) {
    return { code: 'VALIDATION.MALFORMED_BODY', message: MSG.malformed };
  }
  if (code === 'FST_ERR_BAD_URL') return { code: 'VALIDATION.BAD_URL', message: MSG.badUrl };
  if (status >= 400 && status < 500) return { code: 'VALIDATION.BAD_REQUEST', message: MSG.badRequest };
  return { code: 'INTERNAL', message: MSG.internal };
}

export function errorBodyFor(req: FastifyRequest, mapped: Mapped): ErrorBody {
  const lang = requestLang(req);
  const details = mapped.details?.map((d) => ({
    path: d.path,
    message: typeof d.message === 'function' ? d.message(lang) : d.message[lang],
  }));
  return {
    error: {
      code: mapped.code,
      message: mapped.message[lang],
      ...(mapped.ruleId ? { ruleId: mapped.ruleId } : {}),
      ...(details && details.length > 0 ? { details } : {}),
      requestId: String(req.id),
    },
  };
}

export function sendError(req: FastifyRequest, reply: FastifyReply, error: Error): FastifyReply {
  const mapped = mapError(error);
  const status = mapped.code === 'RATE_LIMITED' ? 429 : statusForCode(mapped.code);
  const retryAfter = RETRY_AFTER[mapped.code];
  if (retryAfter !== undefined) reply.header('retry-after', String(retryAfter));
  if (status >= 500) req.log.error({ err: error }, 'request failed');
  else req.log.info({ code: mapped.code, status }, 'request refused');
  return reply.code(status).type('application/json; charset=utf-8').send(errorBodyFor(req, mapped));
}

/** The one place where errors become HTTP responses; no stack trace leaves the server. */
export function registerErrorHandling(
  app: FastifyInstance,
  fallback: (req: FastifyRequest, reply: FastifyReply) => boolean = () => false,
): void {
  app.setErrorHandler((error: FastifyError, req, reply) => sendError(req, reply, error));
  app.setNotFoundHandler((req, reply) => {
    if (fallback(req, reply)) return reply;
    return sendError(req, reply, new AppError({ code: 'ROUTE.NOT_FOUND', message: msg('http.noSuchEndpoint') }));
  });
}
