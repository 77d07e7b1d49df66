import type { FastifyReply, FastifyRequest } from 'fastify';

export type FlashKind = 'success' | 'error' | 'info';

/** One message for the next page after a POST → redirect (“Đã lưu sản phẩm”). */
export interface Flash {
  kind: FlashKind;
  text: string;
}

const COOKIE = 'tq_flash';

/**
 * Leaves a message for the page the browser is redirected to. The text is written in the page's
 * language by the handler; the cookie is signed (nobody can make the site say something) and
 * lives for a minute, read once.
 */
export function setFlash(reply: FastifyReply, text: string, kind: FlashKind = 'success'): void {
  reply.setCookie(COOKIE, JSON.stringify({ kind, text: text.slice(0, 300) }), {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: reply.request.page?.site.secure ?? false,
    maxAge: 60,
    signed: true,
  });
}

/** The message left for this request, if any, which is then cleared. */
export function takeFlash(request: FastifyRequest, reply: FastifyReply): Flash | null {
  const raw = request.cookies[COOKIE];
  if (!raw) return null;
  reply.clearCookie(COOKIE, { path: '/' });
  const unsigned = request.unsignCookie(raw);
  if (!unsigned.valid || unsigned.value === null) return null;
  try {
    const parsed = JSON.parse(unsigned.value) as Partial<Flash>;
    if (typeof parsed.text !== 'string' || !['success', 'error', 'info'].includes(String(parsed.kind))) return null;
    return { kind: parsed.kind as FlashKind, text: parsed.text };
  } catch {
    return null;
  }
}
