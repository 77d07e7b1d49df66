import cookie from '@fastify/cookie';
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { setFlash, takeFlash } from './flash.ts';

async function appWithFlash() {
  const app = Fastify();
  await app.register(cookie, { secret: 'a-secret-of-at-least-thirty-two-chars!' });
  app.post('/save', async (_request, reply) => {
    setFlash(reply, 'Đã lưu sản phẩm');
    return reply.redirect('/list', 303);
  });
  app.get('/list', async (request, reply) => ({ flash: takeFlash(request, reply) }));
  return app;
}

describe('flash messages', () => {
  it('reaches the next page once, in its language, then is gone', async () => {
    const app = await appWithFlash();
    const saved = await app.inject({ method: 'POST', url: '/save' });
    const set = saved.cookies.find((one) => one.name === 'tq_flash');
    expect(set?.httpOnly).toBe(true);
    expect(set?.maxAge).toBe(60);
    const shown = await app.inject({ url: '/list', cookies: { tq_flash: set?.value ?? '' } });
    expect(shown.json()).toEqual({ flash: { kind: 'success', text: 'Đã lưu sản phẩm' } });
    // the page clears it: a reload shows nothing
    expect(shown.cookies.find((one) => one.name === 'tq_flash')?.value).toBe('');
  });

  it('ignores a message nobody signed: the site never says what a visitor wrote into a cookie', async () => {
    const app = await appWithFlash();
    const forged = JSON.stringify({ kind: 'success', text: 'Tài khoản của bạn bị khóa, gọi 0900…' });
    const shown = await app.inject({ url: '/list', cookies: { tq_flash: `${forged}.not-a-signature` } });
    expect(shown.json()).toEqual({ flash: null });
  });
});
