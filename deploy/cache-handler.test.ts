// The cache handler stores a page without the query string of the request that regenerated it
// (deploy/cache-handler.cjs, withoutRequestQuery): the shapes below are Next 16.4's, copied from a
// page /kk that `next start` regenerated for `/kk?email=patient.ivanova%40mail.kz&fbclid=SECRET123`.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const { withoutRequestQuery, isRefusalOfTheMethod } = require('./cache-handler.cjs') as { withoutRequestQuery: (data: unknown) => Record<string, unknown>; isRefusalOfTheMethod: (data: unknown) => boolean };

// In the HTML the payload is inside a script string: quotes are \" and & is \u0026. A post's own
// text (the second push) holds the same characters escaped once more, and a component's prop "c".
const HTML = String.raw`<script>self.__next_f.push([1,"8:[\"$\",\"p\",null,{\"c\":\"$Q9\",\"children\":\"Write ,\\\"q\\\":\\\"?x\\\" to search\"}]\n0:{\"P\":null,\"c\":[\"\",\"kk?email=patient.ivanova%40mail.kz\u0026fbclid=SECRET123\"],\"q\":\"?email=patient.ivanova%40mail.kz\u0026fbclid=SECRET123\",\"i\":false,\"t\":{}}\n"])</script>`;
const CLEAN_HTML = String.raw`<script>self.__next_f.push([1,"8:[\"$\",\"p\",null,{\"c\":\"$Q9\",\"children\":\"Write ,\\\"q\\\":\\\"?x\\\" to search\"}]\n0:{\"P\":null,\"c\":[\"\",\"kk\"],\"q\":\"\",\"i\":false,\"t\":{}}\n"])</script>`;
const RSC = '0:{"P":null,"c":["","ru","news","tag","%D0%B4%D0%BE%D0%BD%D0%BE%D1%80%D1%8B?utm_source=news\\"letter"],"q":"?utm_source=news\\"letter","i":false}\n8:["$","p",null,{"children":"Write ,\\"q\\":\\"?x\\" to search"}]\n';
const CLEAN_RSC = '0:{"P":null,"c":["","ru","news","tag","%D0%B4%D0%BE%D0%BD%D0%BE%D1%80%D1%8B"],"q":"","i":false}\n8:["$","p",null,{"children":"Write ,\\"q\\":\\"?x\\" to search"}]\n';

describe('a page is stored without the query of the request that rendered it', () => {
  it('takes the query out of the HTML, the page data and each segment, and nothing else', () => {
    const page = { kind: 'APP_PAGE', html: HTML, rscData: Buffer.from(RSC), segmentData: new Map([['/_tree', Buffer.from(RSC)]]), headers: { 'x-next-cache-tags': 'a' }, status: 200 };
    const stored = withoutRequestQuery(page);
    expect(stored.html).toBe(CLEAN_HTML);
    expect((stored.rscData as Buffer).toString()).toBe(CLEAN_RSC);
    expect((stored.segmentData as Map<string, Buffer>).get('/_tree')!.toString()).toBe(CLEAN_RSC);
    expect([stored.headers, stored.status]).toEqual([page.headers, 200]);
  });

  it('leaves a page rendered without a query, and other kinds of entry, as they are', () => {
    const clean = { kind: 'APP_PAGE', html: CLEAN_HTML, rscData: Buffer.from(CLEAN_RSC), segmentData: undefined };
    const stored = withoutRequestQuery(clean);
    expect([stored.html, (stored.rscData as Buffer).toString(), stored.segmentData]).toEqual([CLEAN_HTML, CLEAN_RSC, undefined]);
    const route = { kind: 'APP_ROUTE', body: Buffer.from('"q":"?x"'), status: 200 };
    expect(withoutRequestQuery(route)).toBe(route);
    expect(withoutRequestQuery(null)).toBe(null);
  });
});

describe('a feed, sitemap or card regenerated for another method than GET is not stored', () => {
  const cases: Array<[string, unknown, boolean]> = [
    ['a PUT on an expired /feed.xml: its 405', { kind: 'APP_ROUTE', status: 405, body: Buffer.from('') }, true],
    ["a TRACE: Next's 500", { kind: 'APP_ROUTE', status: 500, body: Buffer.from('') }, true],
    ['the feed', { kind: 'APP_ROUTE', status: 200, body: Buffer.from('<rss/>') }, false],
    ['the card of a post not live: its 404 is the answer', { kind: 'APP_ROUTE', status: 404, body: Buffer.from('') }, false],
    ["a page's 404 (a post not live yet): the page's answer", { kind: 'APP_PAGE', status: 404, html: '' }, false],
    ['nothing', null, false],
  ];
  it.each(cases)('%s', (_name, data, refused) => {
    expect(isRefusalOfTheMethod(data)).toBe(refused);
  });
});
