// Russian and Kazakh Cyrillic → readable ASCII Latin, for slugs of new posts.
// Russian follows the common passport-style romanisation (ж zh, х kh, ц ts, щ shch, ю yu, я ya);
// Kazakh letters take the ASCII form of the 2021 Kazakh Latin alphabet (ә a, ғ g, қ q, ң ng, ө o,
// ұ u, ү u, һ h, і i).

const LETTERS: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'yo', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l',
  м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh',
  щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
  ә: 'a', ғ: 'g', қ: 'q', ң: 'ng', ө: 'o', ұ: 'u', ү: 'u', һ: 'h', і: 'i',
};

export function transliterate(text: string): string {
  return [...text.normalize('NFC').toLowerCase()].map((ch) => LETTERS[ch] ?? ch).join('');
}

export const MAX_SLUG_LENGTH = 60;

/** A valid slug from a title in English, Russian or Kazakh: "Қан тапсыру күні" → "qan-tapsyru-kuni". */
export function slugFromTitle(title: string): string {
  const ascii = transliterate(title)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (ascii.length <= MAX_SLUG_LENGTH) return ascii;
  const cut = ascii.slice(0, MAX_SLUG_LENGTH + 1);
  const atWord = cut.lastIndexOf('-');
  return (atWord > 20 ? cut.slice(0, atWord) : ascii.slice(0, MAX_SLUG_LENGTH)).replace(/-+$/, '');
}
