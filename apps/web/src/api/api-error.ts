/** One field-level problem reported by the API (zod path joined with dots). */
export interface FieldIssue {
  path: string;
  message: string;
}

/** The API's error body: `{ error: { code, message, details?, requestId } }`. */
export interface ApiErrorBody {
  error: {
    code: string;
    message: string;
    details?: FieldIssue[];
    requestId?: string;
  };
}

/** Codes the client itself produces when no API answer could be read. */
export const CLIENT_ERROR_CODES = {
  network: 'CLIENT.NETWORK',
  badResponse: 'CLIENT.BAD_RESPONSE',
} as const;

/**
 * A failed API call. `message` is the API's already localised text; the UI
 * shows it as is. Client-side codes (network, unreadable body) carry no
 * localised text, and the UI picks its own message for them.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: FieldIssue[];
  readonly requestId: string | undefined;
  /** Seconds to wait before trying again, from a 429's Retry-After header. */
  retryAfterSeconds: number | undefined;

  constructor(status: number, code: string, message: string, details: FieldIssue[] = [], requestId?: string) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details;
    this.requestId = requestId;
    this.retryAfterSeconds = undefined;
  }

  get isRateLimited(): boolean {
    return this.status === 429;
  }

  get isClientSide(): boolean {
    return this.code.startsWith('CLIENT.');
  }
}

export function isApiError(value: unknown): value is ApiError {
  return value instanceof ApiError;
}

function isFieldIssue(value: unknown): value is FieldIssue {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.path === 'string' && typeof v.message === 'string';
}

/** Reads an error body defensively: a proxy or crash may answer with HTML. */
export function toApiError(status: number, body: unknown): ApiError {
  if (typeof body === 'object' && body !== null && 'error' in body) {
    const error = (body as { error: unknown }).error;
    if (typeof error === 'object' && error !== null) {
      const e = error as Record<string, unknown>;
      if (typeof e.code === 'string' && typeof e.message === 'string') {
        const details = Array.isArray(e.details) ? e.details.filter(isFieldIssue) : [];
        const requestId = typeof e.requestId === 'string' ? e.requestId : undefined;
        return new ApiError(status, e.code, e.message, details, requestId);
      }
    }
  }
  return new ApiError(status, CLIENT_ERROR_CODES.badResponse, `HTTP ${status}`);
}

/** Retry-After as whole seconds: either delay-seconds or an HTTP date (RFC 9110 §10.2.3); undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, Math.ceil((at - now) / 1000));
}
