import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { DEMO_PASSWORD, demoBuyer } from '@tradeqn/accounts';
import { createPlatform, type Infrastructure } from '@tradeqn/runtime';
import type { CliOutput } from './cli-commands.ts';
import { createMarketplace, type MarketplaceSettings } from './modules.ts';

/** Where the demo order goes: a street in Lý Sơn (Quảng Ngãi), as the demo buyer would type it. */
const DEMO_WARD = { provinceCode: '51', wardCode: '21548', street: '12 Lê Lợi' };

export interface DemoLoadOptions {
  withOrder: boolean;
}

/** The options of `demo:load`, read before anything is opened (an unknown one throws). */
export function parseDemoLoadArgs(argv: string[]): DemoLoadOptions {
  const { values } = parseArgs({ args: argv, options: { 'with-order': { type: 'boolean' } }, strict: true });
  return { withOrder: values['with-order'] === true };
}

/**
 * `demo:load [--with-order]`: the demo data `DEMO_DATA=1` loads at start-up (people, enterprises,
 * products with their images), into the configured database; with `--with-order`, also one
 * cash-on-delivery order of the demo buyer, placed through the public API as a person would
 * (once: a buyer who has an order already gets no second). Running it again adds nothing.
 * Settings must come with `DEMO_DATA` on (the caller sets it).
 */
export async function demoLoadCommand(
  options: DemoLoadOptions,
  infra: Infrastructure,
  settings: MarketplaceSettings,
  out: CliOutput,
): Promise<void> {
  // the platform migrates and runs every service's start-up work, demo data included; its jobs stay off
  const marketplace = createMarketplace(infra, settings);
  const platform = await createPlatform({ settings: settings.core, infra, modules: marketplace.all });
  try {
    // the products are findable now, not once a worker has indexed them
    const { indexed } = await marketplace.catalog.reindex(() => {});
    out.log(`✓ Demo data loaded (people, enterprises, products; ${indexed} products indexed for search).`);
    if (options.withOrder) out.log(await placeDemoOrder(platform.app));
  } finally {
    await platform.stop();
  }
}

async function placeDemoOrder(app: Awaited<ReturnType<typeof createPlatform>>['app']): Promise<string> {
  const call = async (method: 'GET' | 'POST', url: string, token?: string, payload?: object) => {
    const answer = await app.inject({
      method,
      url: `/api/v1${url}`,
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(method === 'POST' && token ? { 'idempotency-key': randomUUID() } : {}),
      },
      ...(payload ? { payload } : {}),
    });
    if (answer.statusCode >= 400) throw new Error(`${method} ${url}: ${answer.statusCode} ${answer.body}`);
    return answer.json();
  };
  const { accessToken } = await call('POST', '/auth/login', undefined, { email: demoBuyer.email, password: DEMO_PASSWORD });
  const mine = await call('GET', '/orders?limit=1', accessToken);
  if (mine.items.length > 0) return `✓ ${demoBuyer.email} has an order already (${mine.items[0].code}); none added.`;
  const cards = (await call('GET', '/products?limit=20&sort=newest')).items as { id: string }[];
  let product: { id: string; name: string; stock: number; minOrderQty: number } | undefined;
  for (const card of cards) {
    const detail = await call('GET', `/products/${card.id}`);
    if (detail.stock >= detail.minOrderQty) {
      product = detail;
      break;
    }
  }
  if (!product) throw new Error('no demo product in stock to order');
  const placed = await call('POST', '/orders', accessToken, {
    items: [{ productId: product.id, quantity: product.minOrderQty }],
    shippingAddress: { fullName: demoBuyer.fullName, phone: demoBuyer.phone, ...DEMO_WARD },
    paymentMethod: 'cod',
  });
  return `✓ Order ${placed.orders[0].code} placed for ${demoBuyer.email} (${product.name}, cash on delivery).`;
}
