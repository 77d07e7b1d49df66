import type { App } from '@tradeqn/kit';

export async function consoleEnterprisePages(_app: App): Promise<void> {}
