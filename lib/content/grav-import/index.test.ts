import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { splitFrontMatter } from '../frontmatter';
import { importGravFolder, readGravSettings, type GravFolder, type ImportedPost } from './index';

// Cases from what real Grav sites hold (issue 28): each folder is written here as Grav keeps it.
const SITE = { languages: ['en', 'ru', 'kk'], defaultLanguage: 'en', timeZone: 'Asia/Almaty', legacyBlogRoute: '/blog' };
const SETTINGS = readGravSettings(null, 'Asia/Almaty');

function folder(name: string, texts: Record<string, string>, pictures: string[] = [], parentRoute = '/blog'): GravFolder {
  const files = [...Object.keys(texts), ...pictures.filter((p) => !p.includes('/'))];
  return { name, files, texts, modified: new Date('2024-05-01T10:00:00Z'), parentRoute, has: (relative) => pictures.includes(relative) };
}

function imported(result: ReturnType<typeof importGravFolder>): ImportedPost {
  if (!result.ok) throw new Error(result.reason);
  return result.post;
}

const header = (text: string) => parseDocument(splitFrontMatter(text).yaml ?? '').toJS() as Record<string, unknown>;
const body = (text: string) => splitFrontMatter(text).body;

describe('dates', () => {
  it('writes year/month/day and time-first dates in the site’s form', () => {
    const post = imported(importGravFolder(folder('a', { 'item.md': "---\ntitle: A\ndate: 2020/06/21 13:08\npublish_date: '21:18 13-03-2019'\n---\nText\n" }), SETTINGS, SITE));
    expect(header(post.write['index.mdx'])).toMatchObject({ date: '21-06-2020 13:08', publish_date: '13-03-2019 21:18' });
    expect(post.notes.changes).toContain("item.md: date '2020/06/21 13:08' written as '21-06-2020 13:08'");
  });

  it('reads with the Grav site’s dateformat and lists ambiguous dates for a person', () => {
    const settings = readGravSettings('pages:\n  dateformat:\n    default: d/m/Y H:i\n', 'Asia/Almaty');
    const post = imported(importGravFolder(folder('a', { 'item.md': "---\ntitle: A\ndate: '09/01/2023 10:00'\n---\n" }), settings, SITE));
    expect(header(post.write['index.mdx']).date).toBe('09-01-2023 10:00');
    const plain = imported(importGravFolder(folder('b', { 'item.md': '---\ntitle: B\ndate: 22:23 06/12/2010\n---\n' }), SETTINGS, SITE));
    expect(header(plain.write['index.mdx']).date).toBe('12-06-2010 22:23');
    expect(plain.notes.forPerson).toContainEqual(expect.stringContaining('month first (12 June 2010); if the author meant day first it is 6 December 2010'));
  });

  it('adds no second date line, and dates a page without one by its file as Grav did', () => {
    const post = imported(importGravFolder(folder('a', { 'item.md': '---\ntitle: A\n---\n' }), SETTINGS, SITE));
    const text = post.write['index.mdx'];
    expect(text.match(/^date:/gm)).toHaveLength(1);
    expect(header(text).date).toBe('01-05-2024 15:00'); // Almaty is UTC+5 since March 2024
  });
});

describe('old addresses', () => {
  it.each([
    ['202406_brennender-traktor', '202406-brennender-traktor', ['/blog/202406_brennender-traktor']],
    ['formatacao_codigo_python_black', 'formatacao-codigo-python-black', ['/blog/formatacao_codigo_python_black']],
    ['2021-08-17-what-d&d-character-would-you-be', '2021-08-17-what-d-d-character-would-you-be', ['/blog/2021-08-17-what-d&d-character-would-you-be']],
    ['03.There-Is-An-Art-To-Flying.', 'there-is-an-art-to-flying', ['/blog/there-is-an-art-to-flying.', '/blog/There-Is-An-Art-To-Flying.']],
    ['новость-дня', 'novost-dnya', ['/blog/новость-дня']],
    ['my-post', 'my-post', []],
  ])('folder %s becomes %s, its old addresses kept', (name, slug, aliases) => {
    const post = imported(importGravFolder(folder(name, { 'item.md': "---\ntitle: T\ndate: '01-01-2024 10:00'\n---\n" }), SETTINGS, SITE));
    expect(post.slug).toBe(slug);
    expect(post.aliases).toEqual(aliases);
    expect((header(post.write['index.mdx']).routes as { aliases?: string[] } | undefined)?.aliases ?? []).toEqual(aliases);
  });

  it('keeps slug:, routes.default, routes.aliases and the imported site’s own blog route', () => {
    const text = "---\ntitle: T\ndate: '01-01-2024 10:00'\nslug: Old_Slug\nroutes:\n  default: /2019/old-post\n  aliases: [/legacy/x]\n---\n";
    const post = imported(importGravFolder(folder('folder-name', { 'item.md': text }, [], '/articles'), SETTINGS, SITE));
    expect(post.slug).toBe('old-slug');
    expect(post.aliases).toEqual(['/articles/old_slug', '/articles/Old_Slug', '/2019/old-post', '/legacy/x']);
    expect(header(post.write['index.mdx']).slug).toBeUndefined();
  });
});

describe('pictures', () => {
  it('copies names with spaces and signs under safe names and rewrites every reference', () => {
    const text = [
      "---\ntitle: Prizes\ndate: '01-01-2024 10:00'\n---",
      '![First prize](prize%201.jpg)',
      '![](<prize 2.jpg>)',
      '![Third][3]',
      '<img src="images/prize 3&more.png" alt="HTML picture">',
      '',
      '[3]: Prize%20Ёлка.JPG',
    ].join('\n');
    const post = imported(importGravFolder(folder('prizes', { 'item.md': text }, ['prize 1.jpg', 'prize 2.jpg', 'Prize Ёлка.JPG', 'images/prize 3&more.png']), SETTINGS, SITE));
    expect(post.copy).toEqual([
      { from: 'prize 1.jpg', as: 'prize-1.jpg' },
      { from: 'prize 2.jpg', as: 'prize-2.jpg' },
      { from: 'Prize Ёлка.JPG', as: 'prize-yolka.jpg' },
      { from: 'images/prize 3&more.png', as: 'prize-3-and-more.png' },
    ]);
    const written = body(post.write['index.mdx']);
    expect(written).toContain('![First prize](prize-1.jpg)');
    expect(written).toContain('![](prize-2.jpg)');
    expect(written).toContain('![Third](prize-yolka.jpg)');
    expect(written).toContain('![HTML picture](prize-3-and-more.png)');
  });

  it('turns pictures and players on other sites into links, and says so', () => {
    const text = "---\ntitle: T\ndate: '01-01-2024 10:00'\n---\n![Chart][4]\n\n![](https://soundcloud.com/center/interview)\n\n[4]: https://example.org/chart.png\n";
    const post = imported(importGravFolder(folder('t', { 'item.md': text }), SETTINGS, SITE));
    const written = body(post.write['index.mdx']);
    expect(written).toContain('[Chart (example.org)](https://example.org/chart.png)');
    expect(written).toContain('[Audio on soundcloud.com](https://soundcloud.com/center/interview)');
    expect(post.notes.forPerson).toContainEqual(expect.stringContaining('(https://soundcloud.com/center/interview) is now a link'));
  });

  it('removes a picture that is not in the folder, with a line for a person', () => {
    const post = imported(importGravFolder(folder('t', { 'item.md': "---\ntitle: T\ndate: '01-01-2024 10:00'\n---\n![Lost](gone.jpg)\n" }), SETTINGS, SITE));
    expect(body(post.write['index.mdx'])).not.toContain('gone.jpg');
    expect(post.notes.forPerson).toContain("picture 'gone.jpg' is not in the Grav folder: removed (its description was 'Lost')");
  });

  it('shows the hero picture the Grav theme showed, whatever header_image says', () => {
    const text = "---\ntitle: T\ndate: '01-01-2024 10:00'\nheader_image: '0'\nhero_image: 'Hero Shot.jpg'\n---\n";
    const post = imported(importGravFolder(folder('t', { 'item.md': text }, ['Hero Shot.jpg']), SETTINGS, SITE));
    expect(header(post.write['index.mdx'])).toMatchObject({ header_image: true, header_image_file: 'hero-shot.jpg' });
  });
});

describe('languages', () => {
  it('skips a language the site does not serve, with a line in the report', () => {
    const post = imported(importGravFolder(folder('t', { 'item.md': "---\ntitle: T\ndate: '01-01-2024 10:00'\n---\n", 'item.fr.md': "---\ntitle: F\ndate: '01-01-2024 10:00'\n---\n" }), SETTINGS, SITE));
    expect(Object.keys(post.write)).toEqual(['index.mdx']);
    expect(post.notes.forPerson).toContain("item.fr.md skipped: 'fr' is not one of the site's languages (en, ru, kk)");
  });

  it('writes a Russian version as index.ru, with no German one', () => {
    const post = imported(importGravFolder(folder('t', { 'item.de.md': "---\ntitle: D\ndate: '01-01-2024 10:00'\n---\n", 'item.ru.md': "---\ntitle: Р\ndate: '01-01-2024 10:00'\n---\n" }), SETTINGS, SITE));
    expect(Object.keys(post.write)).toEqual(['index.ru.mdx']);
  });

  it('imports a post with no version in a site language in the default one, and says so', () => {
    const post = imported(importGravFolder(folder('t', { 'item.fr.md': "---\ntitle: F\ndate: '01-01-2024 10:00'\n---\n" }), SETTINGS, SITE));
    expect(Object.keys(post.write)).toEqual(['index.mdx']);
    expect(post.notes.forPerson[0]).toMatch(/^no version in one of the site's languages .*item\.fr\.md \(fr\) is imported as en/);
  });
});

describe('front matter Grav accepted', () => {
  it('gives an empty title what Grav showed, and quotes a title with ": "', () => {
    const empty = imported(importGravFolder(folder('05.spring-news', { 'item.md': "---\ntitle:\ndate: '01-01-2024 10:00'\n---\n" }), SETTINGS, SITE));
    expect(header(empty.write['index.mdx']).title).toBe('Spring-news');
    const colon = imported(importGravFolder(folder('t', { 'item.md': "---\ntitle: Donor day: come to the centre\ndate: '01-01-2024 10:00'\n---\n" }), SETTINGS, SITE));
    expect(header(colon.write['index.mdx']).title).toBe('Donor day: come to the centre');
  });
});

describe('Grav’s Markdown extras', () => {
  it('writes markdown-notices lines as notes, and links plugin embeds and unclosed shortcodes away with a report', () => {
    const text = [
      "---\ntitle: T\ndate: '01-01-2024 10:00'\n---",
      '! Come fasting.',
      '!! Do not eat.',
      '',
      '[plugin:youtube](https://www.youtube.com/watch?v=abc)',
      '',
      '[presentation="slides.pdf"]',
      '',
      'See [Grav][grav] and `! not a notice`.',
      '',
      '[grav]: https://getgrav.org',
    ].join('\n');
    const post = imported(importGravFolder(folder('t', { 'item.md': text }), SETTINGS, SITE));
    const written = body(post.write['index.mdx']);
    expect(written).toContain('> [!WARNING]\n> Come fasting.\n\n> [!CAUTION]\n> Do not eat.');
    expect(written).toContain('[Video on youtube.com](https://www.youtube.com/watch?v=abc)');
    expect(written).not.toContain('[presentation');
    expect(written).toContain('See [Grav][grav]');
    expect(post.notes.forPerson).toContain('shortcode [presentation="slides.pdf"] has no equivalent: removed');
  });
});
