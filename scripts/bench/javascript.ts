// Suite `javascript`: the JavaScript each page type loads first (every `<script src>` of its HTML),
// uncompressed and gzip, beside the empty Next.js page.
import { gzipSync } from 'node:zlib';
import { kb, type Report, type Suite, type Targets } from './shared';

async function run(report: Report, { site, empty: emptyOrigin }: Targets): Promise<void> {
  report.log('## JavaScript on first load (all `<script src>` of the HTML)');
  report.log('');
  report.log('| page type | scripts | uncompressed | gzip |');
  report.log('| --- | --- | --- | --- |');
  const pages: Array<[string, string]> = [
    ...(emptyOrigin ? ([['empty Next.js page (baseline)', `${emptyOrigin}/`]] as Array<[string, string]>) : []),
    ['front page', '/'],
    ['post without gallery', '/news/with-header-image'],
    ['post with gallery', '/news/multidisciplinary-approach-in-hematopathology'],
    ['tag page', '/news/tag/donors'],
    ['search page', '/search?q=donor'],
    ['Russian post with gallery', '/ru/news/autoplay-gallery'],
    ['Kazakh front page', '/kk'],
  ];
  for (const [name, pathname] of pages) {
    const url = pathname.startsWith('http') ? pathname : site + pathname;
    const html = await (await fetch(url)).text();
    // noModule scripts (polyfills) are only fetched by browsers without ES modules.
    const sources = [...new Set([...html.matchAll(/<script(?![^>]*noModule)[^>]+src="([^"]+)"/g)].map((m) => m[1]))];
    let raw = 0;
    let gz = 0;
    for (const src of sources) {
      const body = Buffer.from(await (await fetch(new URL(src, url))).arrayBuffer());
      raw += body.length;
      gz += gzipSync(body, { level: 9 }).length;
    }
    report.log(`| ${name} | ${sources.length} | ${kb(raw)} | ${kb(gz)} |`);
  }
  report.log('');
}

export const javascriptSuite: Suite = { name: 'javascript', needsSite: true, run, description: 'JavaScript on first load of every page type (uncompressed and gzip), beside the empty page' };
