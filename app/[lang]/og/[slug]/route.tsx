// The 1200×630 preview card of a live post without a header image: its title and the center's name.
// Only for existing, live posts (no open text-to-image endpoint); fonts are bundled, nothing is fetched.
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ImageResponse } from 'next/og';
import { getLivePost } from '@/lib/content/queries';
import { formatDate, messages } from '@/lib/i18n/messages';
import { languageParam } from '@/lib/route-params';
import type { Language } from '@/lib/i18n/languages';
import { profiled } from '@/lib/build-profile';
import { cardParams } from '../../static-params';

export const revalidate = 30;
// Every post's card is made by the build (a 404 for a scheduled post until its time); any other
// slug is no route at all: the router answers it with the 404 page (../../static-params).
export const dynamicParams = false;

export const generateStaticParams = cardParams;

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

// A build draws each card once across builds: the PNG is kept in <distDir>/cache/cards (Next's
// build cache, which Vercel keeps between builds) under a hash of what it shows, so a build of ten
// years of news draws only the new posts' cards (43 ms each here). A running server draws its own.
const CARD_DESIGN = 'card-1'; // change it when the card below changes
const CARD_CACHE = process.env.NEXT_PHASE === 'phase-production-build' ? path.join(/*turbopackIgnore: true*/ process.cwd(), process.env.SITE_DIST_DIR || '.next', 'cache', 'cards') : null;

export async function GET(_request: Request, { params }: RouteContext<'/[lang]/og/[slug]'>) {
  const { lang: rawLang, slug } = await params;
  const lang = languageParam(rawLang);
  const post = await getLivePost(lang, slug);
  if (!post) return new Response('Not found', { status: 404 });
  const png = await cachedCard(lang, post.title, post.date);
  // Only the type: a Cache-Control of the answer's own would replace the page's (s-maxage=30), and
  // the caches in front (Vercel's, nginx) would then not keep the card.
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
}

async function cachedCard(lang: Language, title: string, date: Date): Promise<Buffer> {
  if (!CARD_CACHE) return card(lang, title, date);
  const file = path.join(CARD_CACHE, `${createHash('sha256').update(JSON.stringify([CARD_DESIGN, lang, messages(lang).site.name, title, date.toISOString()])).digest('hex')}.png`);
  const kept = await readFile(file).catch(() => null);
  if (kept) return kept;
  const png = await card(lang, title, date);
  await mkdir(CARD_CACHE, { recursive: true });
  await writeFile(file, png);
  return png;
}

function card(lang: Language, title: string, date: Date): Promise<Buffer> {
  return profiled('OG card (satori + resvg)', () => draw(lang, title, date));
}

async function draw(lang: Language, title: string, date: Date): Promise<Buffer> {
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
  // Drawn here, not while Next streams the answer, so the profile sees the cost.
  return Buffer.from(await image.arrayBuffer());
}
