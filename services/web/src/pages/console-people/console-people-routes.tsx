import type { App } from '@tradeqn/kit';

export async function consolePeoplePages(_app: App): Promise<void> {}
