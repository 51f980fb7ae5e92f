// Schema.org JSON-LD for search engines: NewsArticle and BreadcrumbList on posts, WebSite with a
// SearchAction on the front page. Plain data; the page embeds it.

import { toZonedIso } from './content/dates';
import type { Post } from './content/posts';
import { site } from './site';

const absolute = (path: string) => `${site.url}${path}`;

export function publisherJsonLd() {
  return { '@type': 'MedicalOrganization', name: site.name, url: site.url, logo: { '@type': 'ImageObject', url: absolute('/icon.svg') } };
}

export function newsArticleJsonLd(post: Post, imageUrl: string) {
  const url = absolute(`/news/${post.slug}`);
  return [
    {
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: post.title,
      description: post.excerpt,
      datePublished: toZonedIso(post.date, site.timeZone),
      dateModified: toZonedIso(post.modifiedAt, site.timeZone),
      image: [imageUrl],
      inLanguage: site.locale,
      mainEntityOfPage: url,
      url,
      author: { '@type': 'Organization', name: site.name, url: site.url },
      publisher: publisherJsonLd(),
      ...(post.tags.length ? { keywords: post.tags.join(', ') } : {}),
    },
    {
      '@context': 'https://schema.org',
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'News', item: absolute('/') },
        { '@type': 'ListItem', position: 2, name: post.title, item: url },
      ],
    },
  ];
}

export function websiteJsonLd() {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name: site.name,
    url: site.url,
    inLanguage: site.locale,
    publisher: publisherJsonLd(),
    potentialAction: {
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: `${absolute('/search')}?q={search_term_string}` },
      'query-input': 'required name=search_term_string',
    },
  };
}
