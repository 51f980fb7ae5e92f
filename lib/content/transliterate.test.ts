import { describe, expect, it } from 'vitest';
import { SLUG_PATTERN } from './frontmatter';
import { MAX_SLUG_LENGTH, slugFromTitle, transliterate } from './transliterate';

describe('slugFromTitle', () => {
  it.each([
    ['Flu vaccination starts on Monday', 'flu-vaccination-starts-on-monday', 'English'],
    ['Конференция гематологов в Алматы', 'konferentsiya-gematologov-v-almaty', 'Russian'],
    ['Щедрый подъём: объём', 'shchedryy-podyom-obyom', 'Russian щ, ё, ъ'],
    ['Қан тапсыру күні', 'qan-tapsyru-kuni', 'Kazakh қ, ү, і'],
    ['Әлеуметтік көмек және ғылым', 'aleumettik-komek-zhane-gylym', 'Kazakh ә, ө, ғ'],
    ['Жаңа бөлім ашылды: Ұлттық орталық, Һ', 'zhanga-bolim-ashyldy-ulttyq-ortalyq-h', 'Kazakh ң, ұ, һ'],
    ['«Многопрофильный подход» — 2023!', 'mnogoprofilnyy-podkhod-2023', 'quotes, dash and punctuation'],
    ['Café crème', 'cafe-creme', 'accents dropped'],
  ])('%s → %s (%s)', (title, slug, _why) => {
    expect(slugFromTitle(title)).toBe(slug);
    expect(SLUG_PATTERN.test(slug)).toBe(true);
  });

  it('cuts long titles at a word, within the limit', () => {
    const slug = slugFromTitle('Очень длинный заголовок новости о конференции гематологов и патологов Казахстана');
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    expect(slug.endsWith('-')).toBe(false);
    expect(slug.startsWith('ochen-dlinnyy-zagolovok')).toBe(true);
  });

  it('keeps Latin text as it is, lowercased', () => {
    expect(transliterate('ABC abc 123')).toBe('abc abc 123');
  });
});
