import type { App } from '@tradeqn/kit';

export async function checkoutPages(_app: App): Promise<void> {}
