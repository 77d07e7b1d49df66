/** What other services may ask of marketing (the pages use its HTTP API, as partners do). */
export type MarketingApi = Record<string, never>;

export { MarketingEvents } from './events.ts';
