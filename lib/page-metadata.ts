// Next merges metadata shallowly: a page that sets `alternates.canonical` would drop the feed links
// the layout declares. Every page builds its alternates here, so each one keeps them.
import type { Metadata } from 'next';
import { FEED_PATHS } from './feeds';
import { site } from './site';

const FEEDS: NonNullable<Metadata['alternates']>['types'] = {
  'application/rss+xml': [{ url: FEED_PATHS.rss, title: `${site.name} — News (RSS)` }],
  'application/atom+xml': [{ url: FEED_PATHS.atom, title: `${site.name} — News (Atom)` }],
  'application/feed+json': [{ url: FEED_PATHS.json, title: `${site.name} — News (JSON Feed)` }],
};

export function alternates(canonical?: string): Metadata['alternates'] {
  return canonical ? { canonical, types: FEEDS } : { types: FEEDS };
}
