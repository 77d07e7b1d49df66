import type { App } from '@tradeqn/kit';

/**
 * One area's pages (catalog, account, cart…). Registered twice: at the root in Vietnamese and
 * under `/en` in English, so a handler reads the language from `request.page`, never from its path.
 */
export type PagePlugin = (app: App) => Promise<void>;
