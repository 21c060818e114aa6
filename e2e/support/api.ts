import { expect, type APIRequestContext } from '@playwright/test';
import { DEMO_PASSWORD } from './session.ts';

/** What a journey does through the API beside the pages (an administrator's publication, HR's records), as `username`. */
export interface SignedInApi {
  post: (url: string, body: unknown) => Promise<unknown>;
  get: (url: string) => Promise<unknown>;
  put: (url: string, body: unknown) => Promise<unknown>;
}

/** Signs in on a request context of its own (its own cookies and CSRF token); every call must succeed. */
export async function signedInApi(request: APIRequestContext, username: string): Promise<SignedInApi> {
  const csrf = (await (await request.get('/api/v1/auth/csrf')).json()) as { csrfToken: string };
  const login = await request.post('/api/v1/auth/login', {
    data: { username, password: DEMO_PASSWORD },
    headers: { 'x-csrf-token': csrf.csrfToken },
  });
  expect(login.ok(), await login.text()).toBe(true);
  const token = ((await (await request.get('/api/v1/auth/csrf')).json()) as { csrfToken: string }).csrfToken;
  return {
    post: async (url, body) => {
      const res = await request.post(url, { data: body, headers: { 'x-csrf-token': token } });
      expect(res.ok(), `${url}: ${await res.text()}`).toBe(true);
      return res.json();
    },
    get: async (url) => {
      const res = await request.get(url);
      expect(res.ok(), `${url}: ${await res.text()}`).toBe(true);
      return res.json();
    },
    put: async (url, body) => {
      const res = await request.put(url, { data: body, headers: { 'x-csrf-token': token } });
      expect(res.ok(), `${url}: ${await res.text()}`).toBe(true);
      return res.json();
    },
  };
}
