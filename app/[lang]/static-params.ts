// generateStaticParams for pages under [lang]: every language's params at once, each with its
// `lang`. Next 16.4 runs a child's generateStaticParams once per language, and when one language
// returns none (a language with no posts yet) it prerenders none for any language
// (vercel/next.js#95166); returning the whole set each time sidesteps that.
import type { Language } from '@/lib/i18n/languages';
import { site } from '@/lib/site';

export async function forEveryLanguage<T extends Record<string, string>>(params: (lang: Language) => Promise<T[]>): Promise<Array<T & { lang: Language }>> {
  const lists = await Promise.all(site.languages.map(async (lang) => (await params(lang)).map((entry) => ({ ...entry, lang }))));
  return lists.flat();
}
