import { describe, expect, it, vi } from 'vitest';
import { createHttpClient } from './http-client.ts';
import { ApiError, CLIENT_ERROR_CODES } from './api-error.ts';

interface Call {
  url: string;
  init: RequestInit;
}

function json(status: number, body: unknown): Response {
  return new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  });
}

/** A fake fetch answering by "METHOD path"; records every call. */
function fakeFetch(routes: Record<string, Array<() => Response>>) {
  const calls: Call[] = [];
  const fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    calls.push({ url, init: init ?? {} });
    const key = `${init?.method ?? 'GET'} ${url.split('?')[0]}`;
    const next = routes[key]?.shift();
    if (!next) throw new TypeError(`no route for ${key}`);
    return next();
  });
  return { fetch: fetch as unknown as typeof globalThis.fetch, calls };
}

const header = (call: Call | undefined, name: string) =>
  (call?.init.headers as Record<string, string> | undefined)?.[name];

describe('createHttpClient', () => {
  it('sends GETs with same-origin credentials and the language, without a CSRF token', async () => {
    const { fetch, calls } = fakeFetch({ 'GET /api/v1/holders': [() => json(200, { holders: [] })] });
    const client = createHttpClient({ fetch, getLanguage: () => 'en' });
    await expect(client.get('/api/v1/holders', { query: { status: 'pending', empty: '' } })).resolves.toEqual({
      holders: [],
    });
    expect(calls).toHaveLength(1);
    expect(calls[0]?.url).toBe('/api/v1/holders?status=pending');
    expect(calls[0]?.init.credentials).toBe('same-origin');
    expect(header(calls[0], 'Accept-Language')).toBe('en');
    expect(header(calls[0], 'x-csrf-token')).toBeUndefined();
  });

  it('fetches the CSRF token once and sends it on every non-GET', async () => {
    const { fetch, calls } = fakeFetch({
      'GET /api/v1/auth/csrf': [() => json(200, { csrfToken: 'tok-1' })],
      'POST /api/v1/employers/e1/verify': [() => json(200, { ok: 1 }), () => json(200, { ok: 2 })],
    });
    const client = createHttpClient({ fetch, getLanguage: () => 'zh-CN' });
    await client.post('/api/v1/employers/e1/verify', {});
    await client.post('/api/v1/employers/e1/verify', {});
    expect(calls.map((c) => c.url)).toEqual([
      '/api/v1/auth/csrf',
      '/api/v1/employers/e1/verify',
      '/api/v1/employers/e1/verify',
    ]);
    expect(header(calls[1], 'x-csrf-token')).toBe('tok-1');
    expect(header(calls[2], 'x-csrf-token')).toBe('tok-1');
    expect(header(calls[1], 'Content-Type')).toBe('application/json');
    expect(calls[1]?.init.body).toBe('{}');
  });

  it('gets a new token and retries once when the API rejects a stale one', async () => {
    const { fetch, calls } = fakeFetch({
      'GET /api/v1/auth/csrf': [() => json(200, { csrfToken: 'old' }), () => json(200, { csrfToken: 'new' })],
      'POST /api/v1/auth/logout': [
        () => json(403, { error: { code: 'AUTH.CSRF_INVALID', message: '请刷新页面', requestId: 'r1' } }),
        () => json(204, undefined),
      ],
    });
    const client = createHttpClient({ fetch, getLanguage: () => 'zh-CN' });
    await expect(client.post('/api/v1/auth/logout')).resolves.toBeUndefined();
    expect(header(calls[3], 'x-csrf-token')).toBe('new');
  });

  it('asks for a new token after resetCsrfToken (the session changed)', async () => {
    const { fetch, calls } = fakeFetch({
      'GET /api/v1/auth/csrf': [() => json(200, { csrfToken: 'a' }), () => json(200, { csrfToken: 'b' })],
      'POST /api/v1/auth/login': [() => json(200, { user: {} }), () => json(200, { user: {} })],
    });
    const client = createHttpClient({ fetch, getLanguage: () => 'zh-CN' });
    await client.post('/api/v1/auth/login', {});
    client.resetCsrfToken();
    await client.post('/api/v1/auth/login', {});
    expect(header(calls[3], 'x-csrf-token')).toBe('b');
  });

  it('maps the error body to a typed ApiError with the localised message and field details', async () => {
    const body = {
      error: {
        code: 'VALIDATION.FAILED',
        message: '请求参数有误',
        details: [{ path: 'contact.mobile', message: '手机号须为以 1 开头的 11 位数字' }, { bad: true }],
        requestId: 'req-9',
      },
    };
    const { fetch } = fakeFetch({ 'GET /api/v1/users': [() => json(400, body)] });
    const client = createHttpClient({ fetch, getLanguage: () => 'zh-CN' });
    const error = await client.get('/api/v1/users').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 400,
      code: 'VALIDATION.FAILED',
      message: '请求参数有误',
      requestId: 'req-9',
      details: [{ path: 'contact.mobile', message: '手机号须为以 1 开头的 11 位数字' }],
    });
  });

  it('turns an unreadable error body and a network failure into client-side codes', async () => {
    const { fetch } = fakeFetch({
      'GET /api/v1/audit': [() => new Response('<html>Bad gateway</html>', { status: 502 })],
    });
    const client = createHttpClient({ fetch, getLanguage: () => 'zh-CN' });
    await expect(client.get('/api/v1/audit')).rejects.toMatchObject({
      status: 502,
      code: CLIENT_ERROR_CODES.badResponse,
    });
    await expect(client.get('/api/v1/nowhere')).rejects.toMatchObject({ status: 0, code: CLIENT_ERROR_CODES.network });
  });

  it('does not retry a 403 that is not about CSRF', async () => {
    const { fetch, calls } = fakeFetch({
      'GET /api/v1/auth/csrf': [() => json(200, { csrfToken: 't' })],
      'POST /api/v1/users': [
        () => json(403, { error: { code: 'AUTH.FORBIDDEN', message: '无权操作', requestId: 'r' } }),
      ],
    });
    const client = createHttpClient({ fetch, getLanguage: () => 'zh-CN' });
    await expect(client.post('/api/v1/users', {})).rejects.toMatchObject({
      code: 'AUTH.FORBIDDEN',
      message: '无权操作',
    });
    expect(calls).toHaveLength(2);
  });
});
