import type { App } from '@tradeqn/kit';
import { moneyWorkPages } from './ws-money-pages.tsx';
import { orderWorkPages } from './ws-order-pages.tsx';
import { quoteWorkPages } from './ws-quote-pages.tsx';
import { wsVatInvoicePages } from './ws-vat-invoice.tsx';

/** The workspace's orders (`/don-hang`), B2B quotes (`/bao-gia`) and money (`/tai-chinh`). */
export async function wsOrderPages(app: App): Promise<void> {
  await orderWorkPages(app);
  await quoteWorkPages(app);
  await moneyWorkPages(app);
  await wsVatInvoicePages(app);
}
