/**
 * The places of the storefront that show banners, and how many each shows at most on one page
 * (the allowance): the search results never carry more sponsored listings than theirs.
 */
export const BANNER_SLOTS = {
  home_top: { allowance: 1, kind: 'image' },
  category_side: { allowance: 2, kind: 'image' },
  search_results: { allowance: 2, kind: 'product' },
  product_page: { allowance: 1, kind: 'image' },
} as const satisfies Record<string, { allowance: number; kind: 'image' | 'product' }>;

export type BannerSlot = keyof typeof BANNER_SLOTS;
export const SLOT_NAMES = Object.keys(BANNER_SLOTS) as BannerSlot[];

export const BANNER_STATUSES = ['active', 'paused', 'archived'] as const;
export type BannerStatus = (typeof BANNER_STATUSES)[number];

/** Where a banner stands now, as the console shows it. */
export const BANNER_STATES = ['scheduled', 'running', 'ended', 'paused', 'archived', 'no_image'] as const;
export type BannerState = (typeof BANNER_STATES)[number];

/** Vietnam keeps UTC+7 all year: a day of statistics is a day there. */
const VIETNAM_OFFSET_MS = 7 * 3600_000;

/** The day (YYYY-MM-DD, Vietnam time) an instant falls on. */
export function vietnamDay(at: Date | number): string {
  return new Date(Number(at) + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}

/** The days from `from` to `to`, both included (YYYY-MM-DD). */
export function daysBetween(from: string, to: string): string[] {
  const days: string[] = [];
  for (let at = Date.parse(`${from}T00:00:00Z`); at <= Date.parse(`${to}T00:00:00Z`); at += 86_400_000) {
    days.push(new Date(at).toISOString().slice(0, 10));
  }
  return days;
}

/** A day `count` days before `day`. */
export function dayBefore(day: string, count: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) - count * 86_400_000).toISOString().slice(0, 10);
}
