// A small HTTP caller for the cluster checks: keeps cookies and the CSRF token like a browser.
export const DEMO_PASSWORD = 'Demo@2026';

export interface Answer {
  status: number;
  json: unknown;
  headers: Headers;
  ms: number;
}

export class Browser {
  private cookies = new Map<string, string>();
  private csrf: string | undefined;
  constructor(public base: string) {}

  /** The same browser against another address (an instance directly, past nginx). */
  at(base: string): Browser {
    const b = new Browser(base);
    b.cookies = this.cookies;
    b.csrf = this.csrf;
    return b;
  }

  async call(method: string, url: string, body?: unknown): Promise<Answer> {
    const headers: Record<string, string> = {};
    if (this.cookies.size) headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    if (method !== 'GET' && this.csrf) headers['x-csrf-token'] = this.csrf;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const start = performance.now();
    const res = await fetch(this.base + url, {
      method,
      headers,
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      signal: AbortSignal.timeout(20_000),
    });
    for (const c of res.headers.getSetCookie()) {
      const [pair = ''] = c.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq);
      const value = pair.slice(eq + 1);
      if (value === '' || /expires=Thu, 01 Jan 1970/i.test(c)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    const text = await res.text();
    let json: unknown = text;
    try {
      json = JSON.parse(text);
    } catch {
      // Not JSON (a page, an nginx error): kept as text.
    }
    return { status: res.status, json, headers: res.headers, ms: performance.now() - start };
  }

  get(url: string) {
    return this.call('GET', url);
  }
  post(url: string, body: unknown = {}) {
    return this.call('POST', url, body);
  }

  /** Fetches the CSRF token (kept when it came); the answer is returned, an outage included. */
  async token(): Promise<Answer> {
    const r = await this.get('/api/v1/auth/csrf');
    if (r.status === 200) this.csrf = (r.json as { csrfToken: string }).csrfToken;
    return r;
  }

  async signIn(username: string): Promise<this> {
    await this.token();
    const r = await this.post('/api/v1/auth/login', { username, password: DEMO_PASSWORD });
    if (r.status !== 200) throw new Error(`sign-in ${username}: ${r.status} ${JSON.stringify(r.json)}`);
    await this.token();
    return this;
  }
}
