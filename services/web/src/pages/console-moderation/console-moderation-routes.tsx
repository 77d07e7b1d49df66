import type { App } from '@tradeqn/kit';

export async function consoleModerationPages(_app: App): Promise<void> {}
