import { ApiError, CLIENT_ERROR_CODES, parseRetryAfter, toApiError } from './api-error.ts';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RequestOptions {
  body?: unknown;
  query?: Record<string, string | number | boolean | undefined>;
  signal?: AbortSignal;
  /** Extra headers, e.g. an `Idempotency-Key`. */
  headers?: Record<string, string>;
}

export interface HttpClientOptions {
  /** The fetch to use; tests pass a fake. */
  fetch?: typeof fetch;
  /** The language the user chose, sent as Accept-Language. */
  getLanguage: () => string;
  baseUrl?: string;
}

export interface HttpClient {
  request<T>(method: HttpMethod, path: string, options?: RequestOptions): Promise<T>;
  get<T>(path: string, options?: RequestOptions): Promise<T>;
  post<T>(path: string, body?: unknown): Promise<T>;
  /** Forget the CSRF token, e.g. after login or logout changed the session. */
  resetCsrfToken(): void;
}

const CSRF_PATH = '/api/v1/auth/csrf';
const CSRF_HEADER = 'x-csrf-token';

function buildUrl(baseUrl: string, path: string, query: RequestOptions['query']): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return `${baseUrl}${path}${search ? `?${search}` : ''}`;
}

async function readBody(response: Response): Promise<unknown> {
  if (response.status === 204) return undefined;
  const text = await response.text();
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

function isCsrfRejection(error: ApiError): boolean {
  return error.status === 403 && error.code.toUpperCase().includes('CSRF');
}

/**
 * The one way the web talks to the API: same-origin cookies, JSON, the
 * user's language, and a CSRF token on every non-GET. A CSRF rejection
 * (stale token after the session changed) is retried once with a new token.
 */
export function createHttpClient(options: HttpClientOptions): HttpClient {
  const doFetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const baseUrl = options.baseUrl ?? '';
  let csrfToken: Promise<string> | null = null;

  async function send(method: HttpMethod, path: string, opts: RequestOptions, token?: string): Promise<unknown> {
    const headers: Record<string, string> = {
      Accept: 'application/json',
      'Accept-Language': options.getLanguage(),
    };
    const isForm = typeof FormData !== 'undefined' && opts.body instanceof FormData;
    if (opts.body !== undefined && !isForm) headers['Content-Type'] = 'application/json';
    Object.assign(headers, opts.headers);
    if (token !== undefined) headers[CSRF_HEADER] = token;
    let response: Response;
    try {
      response = await doFetch(buildUrl(baseUrl, path, opts.query), {
        method,
        headers,
        credentials: 'same-origin',
        body: opts.body === undefined ? undefined : isForm ? (opts.body as FormData) : JSON.stringify(opts.body),
        signal: opts.signal,
      });
    } catch (cause) {
      if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
      throw new ApiError(0, CLIENT_ERROR_CODES.network, 'Network error');
    }
    const body = await readBody(response);
    if (!response.ok) {
      const error = toApiError(response.status, body);
      // A 429 says how long to wait; the UI shows it instead of a bare "too many requests".
      if (response.status === 429) error.retryAfterSeconds = parseRetryAfter(response.headers.get('retry-after'));
      throw error;
    }
    return body;
  }

  function fetchCsrfToken(): Promise<string> {
    csrfToken ??= send('GET', CSRF_PATH, {}).then(
      (body) => {
        const token = (body as { csrfToken?: unknown } | undefined)?.csrfToken;
        if (typeof token !== 'string') throw new ApiError(200, CLIENT_ERROR_CODES.badResponse, 'No CSRF token');
        return token;
      },
      (error: unknown) => {
        csrfToken = null;
        throw error;
      },
    );
    return csrfToken;
  }

  async function request<T>(method: HttpMethod, path: string, opts: RequestOptions = {}): Promise<T> {
    if (method === 'GET') return (await send(method, path, opts)) as T;
    try {
      return (await send(method, path, opts, await fetchCsrfToken())) as T;
    } catch (error) {
      if (!(error instanceof ApiError) || !isCsrfRejection(error)) throw error;
      csrfToken = null;
      return (await send(method, path, opts, await fetchCsrfToken())) as T;
    }
  }

  return {
    request,
    get: (path, opts) => request('GET', path, opts),
    post: (path, body) => request('POST', path, { body }),
    resetCsrfToken: () => {
      csrfToken = null;
    },
  };
}
