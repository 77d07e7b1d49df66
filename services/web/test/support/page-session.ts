import type { FastifyInstance } from 'fastify';
import { type HTMLElement, parse } from 'node-html-parser';

export interface PageAnswer {
  status: number;
  headers: Record<string, string | string[] | number | undefined>;
  html: string;
  /** The page parsed (an HTML parser, not regexes). */
  doc: HTMLElement;
  location: string | undefined;
}

/**
 * A browser without a browser, over `app.inject`: keeps cookies between requests as a browser
 * would (the session, the cart, the CSRF secret) and posts forms with the page's CSRF token.
 */
export class PageSession {
  private readonly cookies = new Map<string, string>();
  last: PageAnswer | undefined;

  constructor(
    private readonly app: FastifyInstance,
    private readonly headers: Record<string, string> = {},
  ) {}

  async get(url: string, headers: Record<string, string> = {}): Promise<PageAnswer> {
    return this.request('GET', url, undefined, headers);
  }

  /** Posts a form; `_csrf` is taken from the last page unless given. */
  async post(url: string, fields: Record<string, string | string[]>, headers: Record<string, string> = {}): Promise<PageAnswer> {
    const body = new URLSearchParams();
    const token = this.last?.doc.querySelector('input[name="_csrf"]')?.getAttribute('value');
    if (!('_csrf' in fields) && token) body.append('_csrf', token);
    for (const [name, value] of Object.entries(fields)) {
      for (const one of Array.isArray(value) ? value : [value]) body.append(name, one);
    }
    return this.request('POST', url, body.toString(), { 'content-type': 'application/x-www-form-urlencoded', ...headers });
  }

  /** Follows redirects of GETs (after a POST, as a browser does) up to five times. */
  async follow(answer: PageAnswer): Promise<PageAnswer> {
    let current = answer;
    for (let hop = 0; hop < 5 && current.location && current.status >= 300 && current.status < 400; hop++) {
      current = await this.get(current.location);
    }
    return current;
  }

  cookie(name: string): string | undefined {
    return this.cookies.get(name);
  }

  /** Sets a cookie as if the site had (a test signing in through the API, say). */
  setCookie(name: string, value: string): void {
    this.cookies.set(name, value);
  }

  forget(name: string): void {
    this.cookies.delete(name);
  }

  private async request(method: 'GET' | 'POST', url: string, payload: string | undefined, headers: Record<string, string>) {
    // values are kept decoded (as the Set-Cookie parser answers them): sent back encoded, as a browser
    // sends what it was given, so a value holding `;` or `%` arrives whole
    const cookie = [...this.cookies].map(([name, value]) => `${name}=${encodeURIComponent(value)}`).join('; ');
    const response = await this.app.inject({
      method,
      url,
      headers: { accept: 'text/html', ...this.headers, ...(cookie ? { cookie } : {}), ...headers },
      ...(payload !== undefined ? { payload } : {}),
    });
    for (const set of response.cookies as { name: string; value: string; maxAge?: number; expires?: Date }[]) {
      const expired = set.maxAge === 0 || (set.expires && set.expires.getTime() <= Date.now()) || set.value === '';
      if (expired) this.cookies.delete(set.name);
      else this.cookies.set(set.name, set.value);
    }
    const location = response.headers.location;
    const answer: PageAnswer = {
      status: response.statusCode,
      headers: response.headers,
      html: response.body,
      doc: parse(response.body),
      location: typeof location === 'string' ? location : undefined,
    };
    if (answer.status < 300) this.last = answer;
    return answer;
  }
}

/** Every JSON-LD block of a page, parsed (a block that does not parse fails the test). */
export function jsonLdOf(doc: HTMLElement): Record<string, unknown>[] {
  return doc.querySelectorAll('script[type="application/ld+json"]').map((script) => JSON.parse(script.textContent));
}

/** The visible text of an element, whitespace folded. */
export function textOf(element: HTMLElement | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
