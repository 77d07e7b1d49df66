import type { App } from '@tradeqn/kit';

export async function profilePages(_app: App): Promise<void> {}
