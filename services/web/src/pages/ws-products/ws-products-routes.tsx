import type { App } from '@tradeqn/kit';

export async function wsProductPages(_app: App): Promise<void> {}
