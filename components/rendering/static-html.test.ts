import { createElement as h, Fragment, Suspense, type ReactElement, type ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { StaticHtml } from './static-html';
import { takeStaticHtml } from './static-html-store';
import { StaticIsland } from './static-island.client';

// What a page's data would carry (React elements and client components) and what only the HTML
// carries (the store), for trees like the pages'.

/** A client component as a server render sees it: a reference, never called on the server. */
const Client = Object.assign(() => {
  throw new Error('a client component must not be called on the server');
}, { $$typeof: Symbol.for('react.client.reference') });

async function render(tree: ReactNode): Promise<ReactNode[]> {
  const result = (await StaticHtml({ children: tree })) as ReactElement<{ children?: ReactNode }>;
  const children = result.props.children;
  return Array.isArray(children) ? children : children === undefined ? [] : [children];
}

/** An island's tag, attributes and the HTML the store holds for it. */
function island(node: ReactNode) {
  const element = node as ReactElement<Record<string, unknown>>;
  expect(element.type).toBe(StaticIsland);
  const { as, html, ...attributes } = element.props;
  return { as, attributes, html: takeStaticHtml(html as string) };
}

describe('StaticHtml', () => {
  it('turns a part without client components into one element whose contents are HTML', async () => {
    const Tags = ({ names }: { names: string[] }) => h('ul', null, names.map((name) => h('li', { key: name }, h('a', { href: `/tag/${name}` }, name))));
    const AsyncHeading = async () => h('h2', { id: 'tags' }, 'Tags');
    const [aside] = await render(h('aside', { className: 'sidebar', 'aria-label': 'More' }, h(AsyncHeading), h(Tags, { names: ['donors', 'доноры'] })));
    expect(island(aside)).toEqual({
      as: 'aside',
      attributes: { className: 'sidebar', 'aria-label': 'More' },
      html: '<h2 id="tags">Tags</h2><ul><li><a href="/tag/donors">donors</a></li><li><a href="/tag/доноры">доноры</a></li></ul>',
    });
  });

  it('keeps client components, with the same props, and the elements around them; static parts beside them become islands', async () => {
    const gallery = h(Client, { images: ['a.jpg'], label: 'Photos' });
    const [main] = await render(
      h('main', { id: 'main', tabIndex: -1 }, h('h1', null, 'Title'), h('div', { className: 'body' }, h('div', { dangerouslySetInnerHTML: { __html: '<p>Before</p>' } }), gallery, h('div', { dangerouslySetInnerHTML: { __html: '<p>After</p>' } }))),
    );
    const kept = main as ReactElement<{ id: string; tabIndex: number; children: ReactNode[] }>;
    expect(kept.type).toBe('main');
    expect(kept.props).toMatchObject({ id: 'main', tabIndex: -1 });
    const [heading, body] = kept.props.children as Array<ReactElement<{ children: ReactNode }>>;
    // An element holding only text stays itself: as an island it would cost more.
    expect(heading.type).toBe('h1');
    expect(heading.props.children).toBe('Title');
    expect(body.type).toBe('div');
    const [before, client, after] = body.props.children as ReactNode[];
    expect(island(before)).toEqual({ as: 'div', attributes: {}, html: '<p>Before</p>' });
    expect(client).toBe(gallery);
    expect(island(after)).toEqual({ as: 'div', attributes: {}, html: '<p>After</p>' });
  });

  it('writes React’s prop names as HTML attributes, and leaves React’s own out', async () => {
    const [form] = await render(
      h(
        'form',
        { action: '/search', role: 'search' },
        h('label', { htmlFor: 'q', className: 'visually-hidden' }, 'Search'),
        h('input', { id: 'q', name: 'q', defaultValue: 'донор', maxLength: 200, autoComplete: 'off' }),
        h('button', { type: 'button', hidden: true, suppressHydrationWarning: true, 'data-theme-toggle': true, style: { marginTop: '1rem' } }, 'Go'),
        h('svg', { viewBox: '0 0 24 24', 'aria-hidden': 'true' }, h('path', { d: 'M1 1', fillRule: 'evenodd' })),
        h('script', { dangerouslySetInnerHTML: { __html: 'if (a < b) go()' } }),
      ),
    );
    expect(island(form).html).toBe(
      '<label for="q" class="visually-hidden">Search</label>' +
        '<input id="q" name="q" maxlength="200" autocomplete="off" value="донор">' +
        '<button type="button" hidden data-theme-toggle style="margin-top:1rem">Go</button>' +
        '<svg viewBox="0 0 24 24" aria-hidden="true"><path d="M1 1" fill-rule="evenodd"></path></svg>' +
        '<script>if (a < b) go()</script>',
    );
  });

  it('flattens fragments and arrays, and keeps text between parts', async () => {
    const nodes = await render(h(Fragment, null, 'Hello ', [h('b', { key: 'b' }, 'world')], null, false, 0));
    expect(nodes.map((node) => (typeof node === 'string' ? node : (node as ReactElement).type))).toEqual(['Hello ', 'b', '0']);
  });

  it('refuses what it cannot render as HTML, by name', async () => {
    await expect(render(h('div', null, h(Suspense, null, h('p', null, 'x'))))).rejects.toThrow(/StaticHtml cannot render Symbol\(react\.suspense\)/);
  });

  it('keys a part by its contents, so a part on many pages is one entry; an unknown key fails loudly', async () => {
    const footer = () => h('footer', null, h('p', null, h('a', { href: '/' }, 'Home')));
    const [first] = await render(footer());
    const [second] = await render(footer());
    expect((first as ReactElement<{ html: string }>).props.html).toBe((second as ReactElement<{ html: string }>).props.html);
    expect(() => takeStaticHtml('no-such-key')).toThrow(/Static HTML no-such-key is not in this process's store/);
  });
});
