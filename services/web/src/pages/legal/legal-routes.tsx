import type { App } from '@tradeqn/kit';

export async function legalPages(_app: App): Promise<void> {}
