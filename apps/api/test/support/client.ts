import type { FastifyInstance, LightMyRequestResponse } from 'fastify';

export const DEMO_PASSWORD = 'Demo@2026';

/** A browser-like caller for app.inject(): keeps cookies and sends the CSRF header. */
export class Client {
  private cookies = new Map<string, string>();
  csrf: string | undefined;
  lang: 'zh' | 'en' = 'zh';

  /** `ip`: the caller's address (sign-in throttling and rate limits count per source). */
  constructor(
    private readonly app: FastifyInstance,
    readonly ip = '127.0.0.1',
  ) {}

  private cookieHeader(): string | undefined {
    if (this.cookies.size === 0) return undefined;
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  private keep(res: LightMyRequestResponse): void {
    for (const c of res.cookies) {
      if (c.value === '' || (c.expires && c.expires.getTime() < Date.now())) this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
  }

  async request(
    method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    url: string,
    opts: { body?: unknown; rawBody?: string | Buffer; headers?: Record<string, string>; csrf?: boolean } = {},
  ): Promise<LightMyRequestResponse> {
    const headers: Record<string, string> = { ...(this.lang === 'en' ? { 'accept-language': 'en-US,en;q=0.9' } : {}) };
    const cookie = this.cookieHeader();
    if (cookie) headers.cookie = cookie;
    if (method !== 'GET' && opts.csrf !== false && this.csrf) headers['x-csrf-token'] = this.csrf;
    let payload: string | Buffer | undefined;
    if (opts.rawBody !== undefined) {
      payload = opts.rawBody;
      headers['content-type'] = 'application/json';
    } else if (opts.body !== undefined) {
      payload = JSON.stringify(opts.body);
      headers['content-type'] = 'application/json';
    }
    const res = await this.app.inject({
      method,
      url,
      remoteAddress: this.ip,
      headers: { ...headers, ...opts.headers },
      ...(payload !== undefined ? { payload } : {}),
    });
    this.keep(res);
    return res;
  }

  get(url: string, opts?: { headers?: Record<string, string> }) {
    return this.request('GET', url, opts);
  }
  post(url: string, body?: unknown, opts?: { csrf?: boolean; headers?: Record<string, string> }) {
    return this.request('POST', url, { ...opts, ...(body !== undefined ? { body } : {}) });
  }

  async fetchCsrf(): Promise<string> {
    const res = await this.get('/api/v1/auth/csrf');
    this.csrf = (res.json() as { csrfToken: string }).csrfToken;
    return this.csrf;
  }

  async login(username: string, password = DEMO_PASSWORD): Promise<LightMyRequestResponse> {
    if (!this.csrf) await this.fetchCsrf();
    const res = await this.post('/api/v1/auth/login', { username, password });
    // Signing in rotates the CSRF secret: fetch the token that goes with the new one.
    if (res.statusCode === 200) await this.fetchCsrf();
    return res;
  }

  /** The same browser reaching another instance (a load balancer in front): one cookie jar and token. */
  via(app: FastifyInstance): Client {
    const other = new Client(app, this.ip);
    other.cookies = this.cookies;
    other.csrf = this.csrf;
    other.lang = this.lang;
    return other;
  }

  static async signedIn(app: FastifyInstance, username: string): Promise<Client> {
    const c = new Client(app);
    const res = await c.login(username);
    if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
    return c;
  }
}
