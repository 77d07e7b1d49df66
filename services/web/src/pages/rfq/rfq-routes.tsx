import type { App } from '@tradeqn/kit';

export async function rfqPages(_app: App): Promise<void> {}
