// Suite `search`: MiniSearch over 1,000 generated posts: index build time, size, query time.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { readAllPosts } from '../../lib/content/loader';
import { buildSearchIndex, MAX_QUERY_TERMS, normalizeQuery, queryProblem } from '../../lib/content/search';
import { toSearchResultView } from '../../lib/search-view';
import { generatePosts } from './generate-posts';
import { kb, median, type Report, type Suite } from './shared';

async function run(report: Report): Promise<void> {
  report.log('## Search over 1,000 generated posts (MiniSearch, in the server process)');
  report.log('');
  const dir = await mkdtemp(path.join(os.tmpdir(), 'bench-search-'));
  await generatePosts(dir, 1000);
  const { posts } = await readAllPosts(dir);
  let started = performance.now();
  const index = buildSearchIndex(posts);
  const buildMs = performance.now() - started;
  const json = JSON.stringify(index.toJSON());
  const queries = ['hematology', 'generated post 500', 'body text center', 'post', 'nonexistentword'];
  const times: number[] = [];
  for (let round = 0; round < 20; round++) {
    for (const query of queries) {
      started = performance.now();
      index.search(query);
      times.push(performance.now() - started);
    }
  }
  report.log(`Index of ${index.size()} posts built in ${buildMs.toFixed(0)} ms; serialised ${kb(Buffer.byteLength(json))} (${kb(gzipSync(json).length)} gzip).`);
  report.log(`Query time over ${times.length} queries (${queries.map((q) => `"${q}"`).join(', ')}), snippets included: median ${median(times).toFixed(2)} ms, max ${Math.max(...times).toFixed(2)} ms.`);
  report.log('');
  // What one request to /api/search costs (app/api/search/route.ts: the index's search and a result
  // view per hit), up to the longest query it accepts (MAX_QUERY_TERMS words; longer is refused with
  // 400), of words every generated post holds, so that all 1,000 match (the first 20 are returned).
  const words = 'body text generated news post about center'.split(' ');
  report.log(`| one request's search, 1,000 posts all matching | median ms (20 rounds) | max ms |`);
  report.log('| --- | --- | --- |');
  for (const count of [1, MAX_QUERY_TERMS / 2, MAX_QUERY_TERMS]) {
    const query = Array.from({ length: count }, (_, i) => words[i % words.length]).join(' ');
    if (queryProblem(query) !== null || normalizeQuery(query) !== query) throw new Error(`the endpoint would not take '${query}' whole`);
    const rounds: number[] = [];
    for (let round = 0; round < 20; round++) {
      started = performance.now();
      const hits = index.search(query).map((hit) => toSearchResultView(hit, 'en'));
      rounds.push(performance.now() - started);
      if (hits.length !== 20) throw new Error(`'${query}' found ${hits.length} posts, expected the first 20 of 1,000`);
    }
    report.log(`| ${count} word${count > 1 ? 's' : ''}${count === MAX_QUERY_TERMS ? ' (the most it takes)' : ''} | ${median(rounds).toFixed(1)} | ${Math.max(...rounds).toFixed(1)} |`);
  }
  report.log('');
  await rm(dir, { recursive: true, force: true });
}

export const searchSuite: Suite = { name: 'search', needsSite: false, run, description: 'search over 1,000 generated posts: index build, size, query time' };
