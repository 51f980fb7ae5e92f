// The old Grav site's URLs → the new ones, for permanent redirects. Grav's param-style URLs use ':'
// (`/blog/tag:x`, `/blog/page:2`); archive months are English `mon_yyyy` (`jan_2023`).
import { archiveHref } from './content/archives';
import type { Post } from './content/posts';
import { taxonomyHref, taxonomySlug } from './content/taxonomy';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function safeDecode(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

/**
 * Where an old path goes now, or null. `livePosts` are the posts live now: a redirect never points
 * at a post that is not live (nor do aliases of such posts answer).
 */
export function legacyTarget(pathname: string, blogRoute: string, livePosts: readonly Post[]): string | null {
  const path = pathname.replace(/\/+$/, '') || '/';
  for (const post of livePosts) {
    if (post.aliases.some((alias) => alias.replace(/\/+$/, '') === path)) return `/news/${post.slug}`;
  }
  const search = /^\/search\/query:(.+)$/.exec(path);
  if (search) {
    const query = safeDecode(search[1]);
    return query ? `/search?q=${encodeURIComponent(query)}` : null;
  }
  if (path === blogRoute) return '/';
  if (!path.startsWith(`${blogRoute}/`)) return null;
  const rest = path.slice(blogRoute.length + 1);
  const param = /^([a-z_]+):(.+)$/.exec(rest);
  if (param) {
    const value = safeDecode(param[2]);
    if (value === null) return null;
    switch (param[1]) {
      case 'page':
        return /^[1-9]\d{0,5}$/.test(value) ? (value === '1' ? '/' : `/news/page/${value}`) : null;
      case 'tag':
      case 'category':
        return taxonomySlug(value) ? taxonomyHref(param[1], taxonomySlug(value)) : null;
      case 'archives_month': {
        const month = /^([a-z]{3})_(\d{4})$/.exec(value.toLowerCase());
        const index = month ? MONTHS.indexOf(month[1]) : -1;
        return month && index >= 0 ? archiveHref(Number(month[2]), index + 1) : null;
      }
      default:
        return null;
    }
  }
  // Grav drops a numeric prefix from folder names ("01.my-post" is /blog/my-post) and lowercases.
  const slug = (safeDecode(rest) ?? '').toLowerCase();
  return livePosts.some((post) => post.slug === slug) ? `/news/${slug}` : null;
}
