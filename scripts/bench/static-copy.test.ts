import { describe, expect, it } from 'vitest';
import { withoutScripts } from './static-copy';

describe('withoutScripts', () => {
  it('drops inline and external scripts and script preloads, and keeps everything else', () => {
    const html =
      '<html><head><link rel="preload" href="/a.js" as="script" fetchPriority="low"/><link rel="preload" href="/f.woff2" as="font"/>' +
      '<style>p{color:red}</style><script src="/a.js" async=""></script></head>' +
      '<body><p>Text</p><script>self.__next_f.push([1,"<p>x</p>"])</script><img src="/i.avif"/></body></html>';
    expect(withoutScripts(html)).toBe(
      '<html><head><link rel="preload" href="/f.woff2" as="font"/><style>p{color:red}</style></head><body><p>Text</p><img src="/i.avif"/></body></html>',
    );
  });
});
