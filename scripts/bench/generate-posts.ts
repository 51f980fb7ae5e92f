// Generated posts for the build-scaling benchmark: `count` posts, each in the given languages,
// one in ten with a gallery of the seed post's photo, tagged so tag pages grow with the site.
// Usage as a command: tsx scripts/bench/generate-posts.ts <content dir> <count>
import { cp, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');

/** Titles and body text of generated posts in each language (the site's three by default). */
const GENERATED_TEXT: Record<string, { title: string; body: string }> = {
  en: { title: 'Generated post', body: 'Body text of a generated news post about the center. ' },
  ru: { title: 'Сгенерированная новость', body: 'Текст сгенерированной новости о работе гематологического центра. ' },
  kk: { title: 'Жасалған жаңалық', body: 'Гематология орталығының жұмысы туралы жасалған жаңалық мәтіні. ' },
};

export async function generatePosts(dir: string, count: number, languages: readonly string[] = ['en']): Promise<void> {
  const seedImage = path.join(root, 'content/posts/multidisciplinary-approach-in-hematopathology/2023-01-09-1.jpg');
  for (let i = 0; i < count; i++) {
    const slug = `generated-post-${String(i).padStart(4, '0')}`;
    const folder = path.join(dir, 'posts', slug);
    await mkdir(folder, { recursive: true });
    const day = new Date(Date.UTC(2020, 0, 1) + i * 86_400_000);
    const date = `${String(day.getUTCDate()).padStart(2, '0')}-${String(day.getUTCMonth() + 1).padStart(2, '0')}-${day.getUTCFullYear()} 10:00`;
    const gallery = i % 10 === 0 ? '\n[owl-carousel items=1 loop=true]\n![](photo.jpg "A photo")\n[/owl-carousel]\n' : '';
    if (gallery) await cp(seedImage, path.join(folder, 'photo.jpg'));
    for (const lang of languages) {
      const text = GENERATED_TEXT[lang];
      await writeFile(
        path.join(folder, lang === 'en' ? 'index.md' : `index.${lang}.md`),
        `---\ntitle: '${text.title} ${i}'\ndate: '${date}'\nheader_image: false\ntaxonomy:\n  tag: [tag-${i % 20}, common]\n---\n\n${text.title} ${i}.\n\n===\n\n${text.body.repeat(40)}\n${gallery}`,
      );
    }
  }
}

if (process.argv[1] === import.meta.filename) {
  const [dir, count] = process.argv.slice(2);
  await generatePosts(path.resolve(dir), Number(count), ['en', 'ru', 'kk']);
}
