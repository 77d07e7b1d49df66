import type { ContentKind, ContentSection } from './content-schemas.ts';

/** The public path of each section (services/web serves them; the sitemap lists them). */
export const SECTION_PATHS: Record<ContentSection, string> = {
  news: '/tin-tuc',
  handbook: '/so-tay-tmdt',
  legal: '/van-ban-phap-luat',
  trade: '/co-hoi-giao-thuong',
};

const SECTION_KINDS: Record<ContentSection, readonly ContentKind[]> = {
  news: ['news', 'announcement'],
  handbook: ['handbook'],
  legal: ['legal'],
  trade: ['trade'],
};

export function sectionOf(kind: ContentKind): ContentSection {
  return kind === 'announcement' ? 'news' : kind;
}

export function kindsOf(section: ContentSection): readonly ContentKind[] {
  return SECTION_KINDS[section];
}

export function contentPath(kind: ContentKind, slug: string): string {
  return `${SECTION_PATHS[sectionOf(kind)]}/${slug}`;
}
