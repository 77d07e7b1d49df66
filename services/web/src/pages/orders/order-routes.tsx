import type { App } from '@tradeqn/kit';

export async function orderPages(_app: App): Promise<void> {}
