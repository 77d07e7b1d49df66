import type { App } from '@tradeqn/kit';

export async function wsEnterprisePages(_app: App): Promise<void> {}
