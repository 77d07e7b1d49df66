import type { App } from '@tradeqn/kit';

export async function accountPages(_app: App): Promise<void> {}
