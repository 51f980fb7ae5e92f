// npm run bench [-- <suite> …] [--before=<origin>] [--scaling=10,100,1000]: measures the production
// build on this machine and writes the run to bench/runs/<date>-<suites>.md (bench/README.md says
// what each suite measures and keeps the current figures). No suite named: every suite.
// --before=<origin>: a running server of an earlier commit serving the same fixture content
// (bench/tmp/content), measured in the same rounds by the suites that compare (light, throughput).
import { writeFileSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { floodSuite } from './flood';
import { javascriptSuite } from './javascript';
import { lightSuite } from './light';
import { lighthouseSuite } from './lighthouse';
import { phoneSuite } from './phone';
import { scalingSuite } from './scaling';
import { searchSuite } from './search';
import { chrome, Report, root, sh, startTargets, type Suite } from './shared';
import { throughputSuite } from './throughput';
import { vercelSuite } from './vercel';

const SUITES: Suite[] = [lighthouseSuite, javascriptSuite, phoneSuite, lightSuite, throughputSuite, floodSuite, vercelSuite, searchSuite, scalingSuite];

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args.includes('--help')) {
    console.log(`npm run bench -- [suite …] [--before=<origin>] [--scaling=10,100,1000]\n\n${SUITES.map((s) => `  ${s.name.padEnd(11)} ${s.description}`).join('\n')}`);
    return;
  }
  const named = args.filter((arg) => !arg.startsWith('--'));
  const unknown = named.filter((name) => !SUITES.some((suite) => suite.name === name));
  if (unknown.length) throw new Error(`no suite ${unknown.join(', ')}: the suites are ${SUITES.map((s) => s.name).join(', ')}`);
  const suites = named.length ? SUITES.filter((suite) => named.includes(suite.name)) : SUITES;
  const before = args.find((arg) => arg.startsWith('--before='))?.slice('--before='.length) ?? null;

  await mkdir(path.join(root, 'bench/tmp'), { recursive: true });
  // `next build` adds each build folder's types to tsconfig.json: put it back on exit.
  const tsconfig = await readFile(path.join(root, 'tsconfig.json'), 'utf8');
  process.on('exit', () => writeFileSync(path.join(root, 'tsconfig.json'), tsconfig));

  const report = new Report();
  const started = new Date();
  report.log(`# Benchmark run ${started.toISOString()}`);
  report.log('');
  report.log(`On ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${sh(`'${chrome()}' --version`).trim()}, commit ${sh('git rev-parse --short HEAD').trim()}.`);
  report.log(`Command: \`npm run bench -- ${args.join(' ')}\`.`);
  report.log('');
  const started_ = suites.some((suite) => suite.needsSite) ? await startTargets(before) : null;
  if (started_) {
    report.log(`The site is the end-to-end fixture site (\`scripts/make-e2e-content.ts\`), built as npm run build builds it (${started_.buildSeconds.toFixed(1)} s) and served by \`next start\`.`);
    report.log('');
  }
  try {
    for (const suite of suites) {
      console.error(`== ${suite.name}`);
      await suite.run(report, started_?.targets ?? { site: '', siteDist: '', empty: '', before });
    }
  } finally {
    started_?.stopAll();
  }
  await mkdir(path.join(root, 'bench/runs'), { recursive: true });
  const file = path.join(root, 'bench/runs', `${started.toISOString().slice(0, 16).replace(':', '')}-${suites.map((s) => s.name).join('-')}.md`);
  await writeFile(file, `${report.lines.join('\n')}\n`);
  console.error(`\nwrote ${path.relative(root, file)}`);
}

await main();
