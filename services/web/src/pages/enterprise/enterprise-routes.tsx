import type { App } from '@tradeqn/kit';

export async function enterprisePages(_app: App): Promise<void> {}
