// Schema.org JSON-LD for search engines: NewsArticle and BreadcrumbList on posts (and MedicalWebPage
// with lastReviewed/reviewedBy on posts a doctor reviewed), WebSite with a SearchAction on the
// front page, each in its page's language. Plain data; the page embeds it.

import { toZonedIso } from './content/dates';
import { postPath, type Post } from './content/posts';
import { localePath, type Language } from './i18n/languages';
import { messages } from './i18n/messages';
import { site } from './site';

const absolute = (path: string) => `${site.url}${path}`;

export function publisherJsonLd(lang: Language) {
  return { '@type': 'MedicalOrganization', name: messages(lang).site.name, url: absolute(localePath(lang, '/')), logo: { '@type': 'ImageObject', url: absolute('/icon.svg') } };
}

export function newsArticleJsonLd(post: Post, imageUrl: string, translations: readonly Post[] = []) {
  const url = absolute(postPath(post));
  const text = messages(post.lang);
  return [
    {
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: post.title,
      description: post.excerpt,
      datePublished: toZonedIso(post.date, site.timeZone),
      dateModified: toZonedIso(post.modifiedAt, site.timeZone),
      image: [imageUrl],
      inLanguage: post.lang,
      mainEntityOfPage: url,
      url,
      author: { '@type': 'Organization', name: text.site.name, url: absolute(localePath(post.lang, '/')) },
      publisher: publisherJsonLd(post.lang),
      ...(post.tags.length ? { keywords: post.tags.join(', ') } : {}),
      ...(translations.length
        ? { workTranslation: translations.map((other) => ({ '@type': 'NewsArticle', url: absolute(postPath(other)), inLanguage: other.lang })) }
        : {}),
    },
    ...(post.review
      ? [
          {
            '@context': 'https://schema.org',
            '@type': 'MedicalWebPage',
            url,
            name: post.title,
            inLanguage: post.lang,
            // schema.org Date: the day of the review in the site's zone.
            lastReviewed: toZonedIso(post.review.date, site.timeZone).slice(0, 10),
            reviewedBy: { '@type': 'Person', name: post.review.name, ...(post.review.role ? { jobTitle: post.review.role } : {}) },
            publisher: publisherJsonLd(post.lang),
          },
        ]
      : []),
    {
      '@context': 'https://schema.org',
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: text.site.newsTitle, item: absolute(localePath(post.lang, '/')) },
        { '@type': 'ListItem', position: 2, name: post.title, item: url },
      ],
    },
  ];
}

export function websiteJsonLd(lang: Language) {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name: messages(lang).site.name,
    url: absolute(localePath(lang, '/')),
    inLanguage: lang,
    publisher: publisherJsonLd(lang),
    potentialAction: {
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: `${absolute(localePath(lang, '/search'))}?q={search_term_string}` },
      'query-input': 'required name=search_term_string',
    },
  };
}
