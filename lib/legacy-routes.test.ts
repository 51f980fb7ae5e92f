import { describe, expect, it } from 'vitest';
import type { Post } from './content/posts';
import { legacyTarget } from './legacy-routes';

const live = [
  { slug: 'london-at-night', aliases: ['/old/london', '/blog/london-2017'] },
  { slug: 'module-01', aliases: [] },
] as unknown as Post[];

describe('legacyTarget', () => {
  it.each([
    ['/blog', '/', 'the blog itself'],
    ['/blog/london-at-night', '/news/london-at-night', 'a live post'],
    ['/blog/London-At-Night/', '/news/london-at-night', 'Grav lowercases URLs; trailing slash'],
    ['/blog/module-13', null, 'not live (or unknown): no redirect'],
    ['/blog/page:2', '/news/page/2', 'pagination'],
    ['/blog/page:1', '/', 'the first page is the front page'],
    ['/blog/page:0', null, 'not a page'],
    ['/blog/tag:photography', '/news/tag/photography', 'tag'],
    ['/blog/tag:Bone%20Marrow', '/news/tag/bone-marrow', 'tag with a space'],
    ['/blog/category:blog', '/news/category/blog', 'category'],
    ['/blog/archives_month:jan_2023', '/news/archive/2023/01', 'archive month'],
    ['/blog/archives_month:foo_2023', null, 'not a month'],
    ['/search/query:bone%20marrow', '/search?q=bone%20marrow', 'search'],
    ['/old/london', '/news/london-at-night', 'routes.aliases'],
    ['/blog/london-2017', '/news/london-at-night', 'an alias under the blog route'],
    ['/other/path', null, 'unknown'],
    ['/blog/%E0%A4%A', null, 'malformed encoding'],
  ])('%s → %s (%s)', (path, target, _why) => {
    expect(legacyTarget(path, '/blog', live)).toBe(target);
  });

  it('follows a configured blog route', () => {
    expect(legacyTarget('/news-archive/page:3', '/news-archive', live)).toBe('/news/page/3');
    expect(legacyTarget('/blog/page:3', '/news-archive', live)).toBeNull();
  });
});
