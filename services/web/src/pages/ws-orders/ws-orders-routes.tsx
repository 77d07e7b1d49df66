import type { App } from '@tradeqn/kit';

export async function wsOrderPages(_app: App): Promise<void> {}
