// The parts of a page no reader interacts with, sent once, as HTML. A server component's output is
// sent twice: as HTML, and again in the page's data, from which React hydrates every element in the
// browser. <StaticHtml> renders its children on the server and turns each largest part without a
// client component into one element whose contents are an HTML string kept out of the page's data
// (components/rendering/static-island.client.tsx, components/rendering/static-html-store.ts). Client components (the gallery,
// the search box, the language suggestion) and the elements around them stay React elements, and
// hydrate as before. Server components under it are called as plain functions, outside React's
// render: no hooks there (none of ours has any; React's cache() and Next's headers() still work).
import { createHash } from 'node:crypto';
import { createElement, Fragment, isValidElement, type Key, type ReactElement, type ReactNode } from 'react';
import { hastRuntime, toHtml, type HastNode } from '../post/markdown-html';
import { keepStaticHtml } from './static-html-store';
import { StaticIsland } from './static-island.client';

type Props = Record<string, unknown>;
/** A rendered node: text, an HTML element, or a client component kept as it is. */
type Part = string | { tag: string; key: Key | null; props: Props; children: Part[]; hasClient: boolean } | { client: ReactElement };

const CLIENT_REFERENCE = Symbol.for('react.client.reference');

function isClientComponent(type: unknown): boolean {
  return (typeof type === 'function' || typeof type === 'object') && (type as { $$typeof?: symbol } | null)?.$$typeof === CLIENT_REFERENCE;
}

/** Renders server components down to HTML elements, text and client components. */
async function render(node: ReactNode | Promise<ReactNode>): Promise<Part[]> {
  const value = await node;
  if (value === null || value === undefined || typeof value === 'boolean') return [];
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'bigint') return [String(value)];
  if (Array.isArray(value)) return (await Promise.all(value.map(render))).flat();
  if (!isValidElement(value)) throw new Error(`StaticHtml cannot render ${Object.prototype.toString.call(value)}`);
  const { type, key } = value;
  const props = value.props as Props;
  if (type === Fragment) return render(props.children as ReactNode);
  if (isClientComponent(type)) return [{ client: value }];
  if (typeof type === 'function') return render((type as (props: Props) => ReactNode | Promise<ReactNode>)(props));
  if (typeof type !== 'string') throw new Error(`StaticHtml cannot render ${String((type as { $$typeof?: symbol })?.$$typeof ?? type)}: only HTML elements, server components and client components`);
  const { children, ...attributes } = props;
  const parts = await render(children as ReactNode);
  return [{ tag: type, key, props: attributes, children: parts, hasClient: parts.some(hasClient) }];
}

function hasClient(part: Part): boolean {
  return typeof part !== 'string' && ('client' in part || part.hasClient);
}

function toHast(part: Part): HastNode {
  if (typeof part === 'string') return { type: 'text', value: part };
  if ('client' in part) throw new Error('a client component inside a static part');
  return hastRuntime.jsx(part.tag, { ...part.props, children: part.children.map(toHast) });
}

/** The parts as React nodes: each static element with element contents becomes one island. */
function islands(parts: Part[]): ReactNode[] {
  return parts.map((part, index) => {
    if (typeof part === 'string') return part;
    if ('client' in part) return part.client;
    const key = part.key ?? index;
    const { dangerouslySetInnerHTML: inner, ...attributes } = part.props as Props & { dangerouslySetInnerHTML?: { __html: string } };
    if (part.hasClient) return createElement(part.tag, { ...attributes, key }, ...islands(part.children));
    // An element holding only text costs less as itself than as an island.
    if (!inner && part.children.every((child) => typeof child === 'string')) return createElement(part.tag, { ...part.props, key }, ...part.children);
    const html = inner?.__html ?? toHtml(part.children.map(toHast));
    const id = createHash('sha1').update(html).digest('base64url').slice(0, 12);
    keepStaticHtml(id, html);
    return createElement(StaticIsland, { ...attributes, key, as: part.tag, html: id });
  });
}

/** Its children, with every static part sent once as HTML instead of twice. */
export async function StaticHtml({ children }: { children: ReactNode }) {
  return createElement(Fragment, null, ...islands(await render(children)));
}
