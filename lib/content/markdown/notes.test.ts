import { toHtml } from 'hast-util-to-html';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { remarkNotes } from './notes';

const render = (markdown: string) => {
  const processor = unified().use(remarkParse).use(remarkGfm).use(remarkNotes).use(remarkRehype);
  return toHtml(processor.runSync(processor.parse(markdown))).replace(/\n/g, '');
};

describe('remarkNotes', () => {
  it('shows a quotation marked [!WARNING] as a warning note, without the marker', () => {
    expect(render('> [!WARNING]\n> Come **fasting** to the test.')).toBe('<aside class="note note-warning"><p>Come <strong>fasting</strong> to the test.</p></aside>');
  });

  it('knows every kind, in any case, with the text on the marker’s line', () => {
    expect(render('> [!tip] Drink water.')).toBe('<aside class="note note-tip"><p>Drink water.</p></aside>');
    expect(render('> [!CAUTION]\n>\n> Second paragraph.')).toBe('<aside class="note note-caution"><p>Second paragraph.</p></aside>');
  });

  it('leaves other quotations alone', () => {
    expect(render('> [!UNKNOWN] Text')).toBe('<blockquote><p>[!UNKNOWN] Text</p></blockquote>');
    expect(render('> Plain quote')).toBe('<blockquote><p>Plain quote</p></blockquote>');
  });
});
