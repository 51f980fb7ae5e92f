// RSS 2.0, Atom 1.0 and JSON Feed 1.1 of the newest live posts, built with the `feed` library.
// Dates carry the site zone's offset (the library writes UTC; we rewrite each known instant).

import { Feed } from 'feed';
import { toZonedIso } from './content/dates';
import { postHtml } from './content/html';
import { imageContentType } from './content/images';
import { postPath, type Post } from './content/posts';
import { postTerms } from './content/taxonomy';
import { localePath, type Language } from './i18n/languages';
import { fill, messages } from './i18n/messages';
import { site } from './site';

export type FeedFormat = 'rss' | 'atom' | 'json';

export const FEED_PATHS: Record<FeedFormat, string> = { rss: '/feed.xml', atom: '/atom.xml', json: '/feed.json' };
export const FEED_TYPES: Record<FeedFormat, string> = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
};

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** RFC 822 date with the zone's offset: "Mon, 09 Jan 2023 10:00:00 +0600". */
export function rfc822(instant: Date, timeZone: string): string {
  const iso = toZonedIso(instant, timeZone);
  const local = new Date(`${iso.slice(0, 19)}Z`);
  const day = String(local.getUTCDate()).padStart(2, '0');
  return `${WEEKDAYS[local.getUTCDay()]}, ${day} ${MONTHS[local.getUTCMonth()]} ${local.getUTCFullYear()} ${iso.slice(11, 19)} ${iso.slice(19).replace(':', '')}`;
}

function buildFeed(posts: readonly Post[], lang: Language): Feed {
  const text = messages(lang);
  const name = text.site.name;
  const home = `${site.url}${localePath(lang, '/')}`;
  const updated = posts.reduce<Date>((latest, post) => (post.modifiedAt > latest ? post.modifiedAt : latest), new Date(0));
  const feed = new Feed({
    id: home,
    title: fill(text.feed.title, { site: name }),
    description: text.site.description,
    link: home,
    language: lang,
    updated: posts.length ? updated : undefined,
    copyright: `© ${name}`,
    generator: false,
    feedLinks: {
      rss: `${site.url}${localePath(lang, FEED_PATHS.rss)}`,
      atom: `${site.url}${localePath(lang, FEED_PATHS.atom)}`,
      json: `${site.url}${localePath(lang, FEED_PATHS.json)}`,
    },
    author: { name, link: home },
    favicon: `${site.url}/icon.svg`,
  });
  for (const post of posts) {
    const url = `${site.url}${postPath(post)}`;
    feed.addItem({
      title: post.title,
      id: url,
      guid: url,
      link: url,
      date: post.modifiedAt,
      published: post.date,
      description: post.excerpt,
      content: postHtml(post, site.url),
      author: [{ name, link: home }],
      category: [...postTerms(post, 'category'), ...postTerms(post, 'tag')].map((term) => ({ name: term.name, term: term.name })),
      ...(post.headerImage ? { image: { url: `${site.url}${post.headerImage.src}`, type: imageContentType(post.headerImage.src) } } : {}),
    });
  }
  return feed;
}

/** The feed document in `format`, with every date written in the site's zone. */
export function renderFeed(posts: readonly Post[], format: FeedFormat, lang: Language): string {
  const feed = buildFeed(posts, lang);
  const instants = new Set(posts.flatMap((post) => [post.date.getTime(), post.modifiedAt.getTime()]));
  const updated = feed.options.updated;
  if (updated) instants.add(updated.getTime());
  let text = format === 'rss' ? feed.rss2() : format === 'atom' ? feed.atom1() : toJsonFeed11(feed.json1(), lang);
  for (const time of instants) {
    const instant = new Date(time);
    text = text.split(instant.toISOString()).join(toZonedIso(instant, site.timeZone));
    text = text.split(instant.toUTCString()).join(rfc822(instant, site.timeZone));
  }
  return text;
}

/** The library writes JSON Feed 1; version 1.1 names authors in a list and adds the language. */
function toJsonFeed11(json: string, lang: Language): string {
  const data = JSON.parse(json) as Record<string, unknown> & { author?: unknown; items?: Array<Record<string, unknown>> };
  const upgraded = {
    ...data,
    version: 'https://jsonfeed.org/version/1.1',
    language: lang,
    authors: data.author ? [data.author] : undefined,
    author: undefined,
    items: data.items?.map((item) => ({ ...item, authors: item.author ? [item.author] : undefined, author: undefined, language: lang })),
  };
  return JSON.stringify(upgraded, null, 2);
}
