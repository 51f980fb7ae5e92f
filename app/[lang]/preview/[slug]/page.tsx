import type { Metadata } from 'next';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { PageLayout } from '@/components/layout/page-layout';
import { PostArticle } from '@/components/post/post-article';
import { PreviewBanner } from '@/components/preview/preview-banner';
import { PreviewSignIn } from '@/components/preview/preview-sign-in';
import { now } from '@/lib/content/clock';
import { getPostForPreview } from '@/lib/content/queries';
import { localePath, type Language } from '@/lib/i18n/languages';
import { fill, messages } from '@/lib/i18n/messages';
import { PREVIEW_COOKIE, scopeAllows, sessionScope } from '@/lib/preview';
import { languageParam } from '@/lib/route-params';

// A post as readers will see it, live or not, for staff in a preview session (lib/preview.ts); the
// password form otherwise. Rendered per request, never stored (`private, no-store`) and never indexed.
// The post's own address is untouched by previews: its cached page is what every reader gets.
export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/[lang]/preview/[slug]'>): Promise<Metadata> {
  const { lang: rawLang, slug } = await params;
  const lang = languageParam(rawLang);
  const text = messages(lang);
  // Without a session nothing about the post, not even whether it exists, reaches the page.
  const post = (await allowed(lang, slug)) ? await getPostForPreview(lang, slug) : null;
  const title = post ? fill(text.preview.title, { title: post.title }) : text.preview.signInHeading;
  return { title, robots: { index: false, follow: false } };
}

/** Whether this request's preview session opens `slug` in `lang`. */
async function allowed(lang: Language, slug: string): Promise<boolean> {
  return scopeAllows(sessionScope((await cookies()).get(PREVIEW_COOKIE)?.value, now()), lang, slug);
}

export default async function PreviewPage({ params }: PageProps<'/[lang]/preview/[slug]'>) {
  const { lang: rawLang, slug } = await params;
  const lang = languageParam(rawLang);
  // The password form for any slug: a visitor learns neither a title nor which slugs exist.
  const scope = sessionScope((await cookies()).get(PREVIEW_COOKIE)?.value, now());
  if (!scopeAllows(scope, lang, slug)) return <PreviewSignIn lang={lang} slug={slug} />;
  const post = await getPostForPreview(lang, slug);
  // Rendered per request, it cannot answer 404 with the page (that works for prerendered pages
  // only): the language's 404 page is one redirect away.
  if (!post) redirect(localePath(lang, '/missing'));
  return (
    <PageLayout lang={lang} path={`/preview/${slug}`} languages={[lang]}>
      <PreviewBanner post={post} now={now()} canShare={scope === '*'} />
      <PostArticle post={post} />
    </PageLayout>
  );
}
