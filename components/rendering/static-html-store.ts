// Where a page's static parts wait, as HTML, between the two halves of a server render. Next renders
// a page twice in one process: React's server components (their output is the page's data, sent to
// the browser) and then the HTML from that data. components/rendering/static-html.tsx puts each static part's
// HTML here and sends only its key in the data; the HTML render takes it back by key
// (components/rendering/static-island.client.tsx). Keys are content hashes, so a part shared by many pages (the
// sidebar, the footer) is one entry, and entries are dropped oldest first: they are needed for the
// moment between the two halves, and an RSC-only render (a prefetch) never takes its entries back.

const STORE = Symbol.for('hematology-news.static-html');
/** Far more parts than the pages one process renders at once (about 20 parts a page). */
const LIMIT = 4000;

type Store = Map<string, string>;

function store(): Store {
  const global = globalThis as { [STORE]?: Store };
  return (global[STORE] ??= new Map());
}

export function keepStaticHtml(key: string, html: string): void {
  const entries = store();
  // Re-inserted, so a part in constant use is never the oldest.
  entries.delete(key);
  entries.set(key, html);
  if (entries.size > LIMIT) entries.delete(entries.keys().next().value as string);
}

export function takeStaticHtml(key: string): string {
  const html = store().get(key);
  // Never a silently empty part: this render fails (an ISR revalidation keeps the page it had).
  if (html === undefined) throw new Error(`Static HTML ${key} is not in this process's store: was the page's data rendered in another process?`);
  return html;
}
