import type { Hono } from 'hono';

type Fetcher = Pick<Hono<any>, 'request'> | { request: (path: string, init: RequestInit) => Promise<Response> };

export interface RequestOptions {
  json?: unknown;
  form?: Record<string, string>;
  /** Files and fields sent as multipart/form-data, as a browser's file upload does. */
  multipart?: FormData;
  body?: string;
  headers?: Record<string, string>;
  /** Leave out the CSRF token, as a forged cross-site request would. */
  withoutCsrf?: boolean;
}

/**
 * A browser-like client for tests: keeps cookies, sends the CSRF token on writes like our pages do.
 * Works on `app.request` in process, or on a real server through `fetch`.
 */
export class TestClient {
  readonly cookies = new Map<string, string>();

  constructor(private readonly target: Fetcher | string) {}

  static overHttp(baseUrl: string): TestClient {
    return new TestClient(baseUrl);
  }

  get csrfToken(): string | undefined {
    return this.cookies.get('cv_csrf');
  }

  async request(method: string, path: string, options: RequestOptions = {}): Promise<Response> {
    if (!this.csrfToken && method !== 'GET') await this.request('GET', '/api/v1/session');
    const headers: Record<string, string> = { ...options.headers };
    if (this.cookies.size > 0) headers.cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    let body: string | FormData | undefined = options.body ?? options.multipart;
    if (options.json !== undefined) {
      body = JSON.stringify(options.json);
      headers['content-type'] = 'application/json';
    }
    if (options.form) {
      const form = new URLSearchParams(options.form);
      if (!options.withoutCsrf && this.csrfToken) form.set('_csrf', this.csrfToken);
      body = form.toString();
      headers['content-type'] = 'application/x-www-form-urlencoded';
    } else if (method !== 'GET' && !options.withoutCsrf && this.csrfToken) {
      headers['x-csrf-token'] = this.csrfToken;
    }
    const init: RequestInit = { method, headers, body, redirect: 'manual' };
    const response = typeof this.target === 'string' ? await fetch(`${this.target}${path}`, init) : await this.target.request(path, init);
    this.keepCookies(response);
    return response;
  }

  get(path: string, options?: RequestOptions) {
    return this.request('GET', path, options);
  }
  post(path: string, options?: RequestOptions) {
    return this.request('POST', path, options);
  }
  patch(path: string, options?: RequestOptions) {
    return this.request('PATCH', path, options);
  }

  async signIn(email: string, password: string): Promise<Response> {
    return this.post('/api/v1/auth/sign-in', { json: { email, password } });
  }

  private keepCookies(response: Response): void {
    for (const header of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = header.split(';');
      const separator = pair.indexOf('=');
      const name = pair.slice(0, separator).trim();
      const value = pair.slice(separator + 1).trim();
      const expired = attributes.some((attribute) => /max-age=0\b/i.test(attribute.trim()) || /expires=thu, 01 jan 1970/i.test(attribute.trim()));
      if (expired || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
}
