import { type HomeMessages, homeEn, homeVi } from '../pages/home/home-messages.ts';
import { type CommonMessages, commonEn, commonVi } from './common-messages.ts';
import type { Locale } from './locale.ts';

/**
 * Every word of every page, one catalogue per locale. Each area keeps its own file
 * (`<area>-messages.ts`: the Vietnamese object, its type, the English object of that type), so a
 * key missing in English fails `pnpm typecheck`.
 */
export interface Messages {
  common: CommonMessages;
  home: HomeMessages;
}

const catalogues: Record<Locale, Messages> = {
  vi: { common: commonVi, home: homeVi },
  en: { common: commonEn, home: homeEn },
};

export function messagesFor(locale: Locale): Messages {
  return catalogues[locale];
}
