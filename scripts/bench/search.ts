// Suite `search`: MiniSearch over 1,000 generated posts: index build time, size, query time.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { readAllPosts } from '../../lib/content/loader';
import { buildSearchIndex } from '../../lib/content/search';
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
  await rm(dir, { recursive: true, force: true });
}

export const searchSuite: Suite = { name: 'search', needsSite: false, run, description: 'search over 1,000 generated posts: index build, size, query time' };
