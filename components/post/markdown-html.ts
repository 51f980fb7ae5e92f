// A JSX runtime that builds hast (an HTML syntax tree) instead of React elements, for MDX's compiled
// output (a post renders to an HTML string) and for the static parts of pages (components/static-html).
// Both write React's prop names (className, htmlFor, aria-*, data-*, style objects); hast-util-to-html
// reads the same names through property-information, so props pass through, except `style`, written
// back as CSS text, and the few that are React's own (dangerouslySetInnerHTML, defaultValue…).
import type { Element, ElementContent, Properties, Root } from 'hast';
import { toHtml as hastToHtml } from 'hast-util-to-html';

export type HastNode = Root | ElementContent;

type Child = HastNode | string | number | boolean | null | undefined | Child[];
type Props = Record<string, unknown> & { children?: Child };
type Component = (props: Props) => HastNode | null;

const Fragment = Symbol('Fragment');

function flatten(children: Child, out: ElementContent[] = []): ElementContent[] {
  if (children === null || children === undefined || typeof children === 'boolean') return out;
  if (Array.isArray(children)) {
    for (const child of children) flatten(child, out);
  } else if (typeof children === 'string' || typeof children === 'number') {
    out.push({ type: 'text', value: String(children) });
  } else if (children.type === 'root') {
    out.push(...(children.children as ElementContent[]));
  } else {
    out.push(children);
  }
  return out;
}

/** `{ fontSize: '1em', textAlign: 'left' }` → `font-size:1em;text-align:left` */
function cssText(style: Record<string, unknown>): string {
  return Object.entries(style)
    .filter(([, value]) => value !== undefined && value !== null && value !== '')
    .map(([name, value]) => `${name.startsWith('--') ? name : name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}:${String(value)}`)
    .join(';');
}

function jsx(type: string | Component | symbol, props: Props): HastNode {
  const { children, ...rest } = props;
  // MDX's only symbol is the Fragment it was given.
  if (typeof type === 'symbol') return { type: 'root', children: flatten(children) };
  if (typeof type === 'function') return type(props) ?? { type: 'root', children: [] };
  const { dangerouslySetInnerHTML: inner, suppressHydrationWarning, defaultValue, defaultChecked, ...attributes } = rest;
  void suppressHydrationWarning; // React's, not an attribute
  const properties: Properties = {};
  for (const [name, value] of Object.entries({ ...attributes, value: defaultValue ?? attributes.value, checked: defaultChecked ?? attributes.checked })) {
    if (value === undefined || value === null || value === false) continue;
    if (name === 'style' && typeof value === 'object') properties.style = cssText(value as Record<string, unknown>);
    else properties[name] = value as Properties[string];
  }
  const html = (inner as { __html?: string } | undefined)?.__html;
  const element: Element = { type: 'element', tagName: type, properties, children: html === undefined ? flatten(children) : [{ type: 'raw', value: html } as unknown as ElementContent] };
  return element;
}

/** What MDX's function-body output takes as `arguments[0]` (jsxDEV in development builds). */
export const hastRuntime = { Fragment, jsx, jsxs: jsx, jsxDEV: jsx };

export function toHtml(nodes: HastNode[]): string {
  // Raw nodes are HTML a component of ours already wrote (dangerouslySetInnerHTML). A post cannot set
  // that prop: lib/content/markdown.ts allows only text values of a short list of attributes.
  return hastToHtml({ type: 'root', children: flatten(nodes) }, { allowDangerousHtml: true });
}
