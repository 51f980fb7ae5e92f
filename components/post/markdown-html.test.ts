import { describe, expect, it } from 'vitest';
import { hastRuntime, toHtml } from './markdown-html';

const { jsx } = hastRuntime;

describe('the hast JSX runtime for compiled MDX', () => {
  it('writes elements with React’s prop names as HTML attributes', () => {
    const tree = jsx('p', { className: 'lead note', children: [jsx('a', { href: '/news/x', 'aria-label': 'X', children: 'x' }), ' & more'] });
    expect(toHtml([tree])).toBe('<p class="lead note"><a href="/news/x" aria-label="X">x</a> &#x26; more</p>');
  });

  it('turns style objects into CSS text and leaves out false, null and undefined props', () => {
    const cell = jsx('td', { style: { textAlign: 'left', '--gap': '2px' }, hidden: false, title: undefined, colSpan: 2, children: 1 });
    expect(toHtml([cell])).toBe('<td style="text-align:left;--gap:2px" colspan="2">1</td>');
  });

  it('flattens fragments and nested arrays, and calls components with their props', () => {
    const Strong = ({ children }: { children?: unknown }) => jsx('strong', { children: children as string });
    const tree = jsx(hastRuntime.Fragment, { children: [[jsx('em', { children: 'a' })], null, true, jsx(Strong as never, { children: 'b' })] });
    expect(toHtml([tree])).toBe('<em>a</em><strong>b</strong>');
  });
});
