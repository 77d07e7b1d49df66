import type { App } from '@tradeqn/kit';

export async function catalogPages(_app: App): Promise<void> {}
