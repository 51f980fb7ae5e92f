// The 1200×630 preview card of a live post without a header image: its title and the center's name.
// Only for existing, live posts (no open text-to-image endpoint); fonts are bundled, nothing is fetched.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ImageResponse } from 'next/og';
import { getLivePost } from '@/lib/content/queries';
import { formatDate, messages } from '@/lib/i18n/messages';
import { languageParam } from '@/lib/route-params';
import type { Language } from '@/lib/i18n/languages';
import { profiled } from '@/lib/build-profile';
import { newestPostParams } from '../../static-params';

export const revalidate = 30;
// The newest posts' cards are made by the build; any other post's on its first request, then
// cached like a page. The router sends a slug no post has to the 404 page, so nothing else is cached.
export const dynamicParams = true;

export const generateStaticParams = newestPostParams;

// Not traced from here (the folder holds every subset and format, 7 MB): next.config.ts's
// outputFileTracingIncludes ships exactly the six files below.
const FONT_DIR = path.join(/*turbopackIgnore: true*/ process.cwd(), 'node_modules/@fontsource/noto-sans/files');
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
  return profiled('OG card (satori + resvg)', () => card(lang, post.title, post.date));
}

async function card(lang: Language, title: string, date: Date): Promise<Response> {
  const image = new ImageResponse(
    (
      <div style={{ width: '100%', height: '100%', display: 'flex', flexDirection: 'column', justifyContent: 'space-between', padding: 72, background: '#9b1b30', color: '#fff', fontFamily: FONT_FAMILY }}>
        <div style={{ fontSize: 34, fontWeight: 700, display: 'flex' }}>{messages(lang).site.name}</div>
        <div style={{ fontSize: title.length > 90 ? 48 : 60, fontWeight: 700, lineHeight: 1.2, display: 'flex' }}>{title}</div>
        <div style={{ fontSize: 30, display: 'flex' }}>{formatDate(lang, date)}</div>
      </div>
    ),
    { width: 1200, height: 630, fonts: await loadFonts() },
  );
  // Rendered here, not while Next streams the answer, so the profile sees the cost. Only its type
  // is kept of next/og's headers: its own Cache-Control would replace the page's (s-maxage=30), and
  // caches in front (Vercel's, nginx) would then not keep the card.
  return new Response(await image.arrayBuffer(), { headers: { 'Content-Type': image.headers.get('content-type') ?? 'image/png' } });
}
