import type { AnchorHTMLAttributes } from 'react';

/**
 * A link between pages of the site: a plain anchor, so following it loads the page. Next's Link
 * would turn each of a page's ~50 links into a client component to hydrate, for client-side
 * navigation a news reader (one article from a search or a chat) rarely uses; the pages are
 * prerendered and cached, so a full load is quick. It also keeps the static parts of pages, which the
 * page's data does not carry (components/rendering/static-html.tsx), out of a client-side navigation.
 */
export default function Link(props: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  return <a {...props} />;
}
