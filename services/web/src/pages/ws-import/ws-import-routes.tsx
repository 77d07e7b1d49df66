import type { App } from '@tradeqn/kit';

export async function wsImportPages(_app: App): Promise<void> {}
