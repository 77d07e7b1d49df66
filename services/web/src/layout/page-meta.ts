/** What a page tells search engines and sharing cards about itself. */
export interface PageMeta {
  title: string;
  description?: string;
  /** The page's own path without the language prefix (query only where it names the page, e.g. a page number). */
  canonicalPath: string;
  /** Filtered results, private pages and forms are not for search engines. */
  noindex?: boolean;
  /** An absolute image URL for Open Graph and Twitter cards. */
  image?: string | null;
  /** `og:type`: a product page says `product`. */
  type?: 'website' | 'product' | 'profile' | 'article';
  /** schema.org objects, each written as one JSON-LD block. */
  jsonLd?: object[];
}
