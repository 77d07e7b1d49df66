import type { App } from '@tradeqn/kit';

export async function cartPages(_app: App): Promise<void> {}
