// The 1200×630 preview card of a live post without a header image: its title and the center's name.
// Only for existing, live posts (no open text-to-image endpoint); fonts are bundled, nothing is fetched.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ImageResponse } from 'next/og';
import { getAllSlugs, getLivePost } from '@/lib/content/queries';
import { formatDate, messages } from '@/lib/i18n/messages';
import { languageParam } from '@/lib/route-params';
import { forEveryLanguage } from '../../static-params';

export const revalidate = 30;
export const dynamicParams = false;

export async function generateStaticParams() {
  return forEveryLanguage(async (lang) => (await getAllSlugs(lang)).map((slug) => ({ slug })));
}

const FONT_DIR = path.join(process.cwd(), 'node_modules/@fontsource/noto-sans/files');
// Satori reads woff (not woff2). One family per script subset, listed in fontFamily, so each glyph
// finds its face and Satori never tries to download a font.
const SUBSETS = ['latin', 'cyrillic', 'cyrillic-ext'];
const FONT_FILES = SUBSETS.flatMap((subset) =>
  ([400, 700] as const).map((weight) => ({ name: `Noto Sans ${subset}`, file: `noto-sans-${subset}-${weight}-normal.woff`, weight })),
);
const FONT_FAMILY = SUBSETS.map((subset) => `'Noto Sans ${subset}'`).join(', ');

let fonts: Promise<Array<{ name: string; data: Buffer; weight: 400 | 700; style: 'normal' }>> | null = null;
function loadFonts() {
  fonts ??= Promise.all(
    FONT_FILES.map(async ({ name, file, weight }) => ({ name, data: await readFile(path.join(FONT_DIR, file)), weight, style: 'normal' as const })),
  );
  return fonts;
}

export async function GET(_request: Request, { params }: RouteContext<'/[lang]/og/[slug]'>) {
  const { lang: rawLang, slug } = await params;
  const lang = languageParam(rawLang);
  const post = await getLivePost(lang, slug);
  if (!post) return new Response('Not found', { status: 404 });
  return new ImageResponse(
    (
      <div style={{ width: '100%', height: '100%', display: 'flex', flexDirection: 'column', justifyContent: 'space-between', padding: 72, background: '#9b1b30', color: '#fff', fontFamily: FONT_FAMILY }}>
        <div style={{ fontSize: 34, fontWeight: 700, display: 'flex' }}>{messages(lang).site.name}</div>
        <div style={{ fontSize: post.title.length > 90 ? 48 : 60, fontWeight: 700, lineHeight: 1.2, display: 'flex' }}>{post.title}</div>
        <div style={{ fontSize: 30, display: 'flex' }}>{formatDate(lang, post.date)}</div>
      </div>
    ),
    { width: 1200, height: 630, fonts: await loadFonts() },
  );
}
