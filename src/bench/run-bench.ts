/**
 * `npm run bench`: how fast the build is and how light its pages are.
 *
 * Builds a copy of the real content cold, again with nothing changed, and
 * again after a one-word change; builds synthetic projects of 1, 5 and 20
 * years made from the latest real year; weighs each kind of page; scores the
 * report and child pages with Lighthouse; and compares the PDFs as built with
 * Chromium's plain print of the same HTML. Prints tables and writes
 * bench/results.json. Times are reported here, never asserted in tests.
 *
 * `npm run bench -- --years 1,5` builds fewer synthetic projects.
 */
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { readCommandLine } from '../build/command-line.ts';
import { launchBrowser } from '../build/find-browser.ts';
import { printJobs } from '../build/print-jobs.ts';
import { appRoot } from '../build/project-root.ts';
import { serveStatic } from '../build/static-server.ts';
import { inspectSite } from '../model/inspect-site.ts';
import { ContentError } from '../model/load/content-problem.ts';
import { lighthouseScores } from './lighthouse-scores.ts';
import { changeOneWord } from './one-word-change.ts';
import { measurePageWeight } from './page-weight.ts';
import { comparePdfRendering } from './pdf-comparison.ts';
import { precompress } from './precompress.ts';
import { writeSyntheticProject } from './synthetic-years.ts';
import { type TimedBuild, timedBuild } from './timed-build.ts';

const { values: options } = readCommandLine({
  usage: 'npm run bench [-- --years 1,5,20]',
  summary: 'Measures how fast the build is and how light its pages are, prints tables and writes bench/results.json. Takes 10 to 30 minutes.',
  options: { years: { type: 'string', default: '1,5,20', description: 'How many years each synthetic project has, comma-separated.' } },
});
const syntheticCounts = options.years.split(',').map(Number).filter((count) => count > 0);
const load = () => loadavg().map((value) => Number(value.toFixed(2)));
const loadAtStart = load();
const temporary: string[] = [];
const tempProject = (label: string) => {
  const dir = mkdtempSync(join(tmpdir(), `report-bench-${label}-`));
  temporary.push(dir);
  return dir;
};
const kib = (bytes: number) => Number((bytes / 1024).toFixed(1));
const say = (line: string) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${line}`);

try {
  // The real content, copied so the one-word change never touches content/.
  const real = tempProject('real');
  for (const part of ['content', 'data']) cpSync(join(appRoot, part), join(real, part), { recursive: true });
  const { site, problems } = await inspectSite(real);
  if (!site) throw new ContentError(problems);
  const latest = site.years.filter((year) => year.meta.status === 'published').at(-1) ?? site.years.at(-1);
  if (!latest) throw new Error('The project has no reporting years to measure.');

  say('Real content: cold build');
  const cold = await timedBuild(real);
  say('Real content: rebuild with nothing changed');
  const unchanged = await timedBuild(real);
  const change = changeOneWord(real, latest.id, latest.meta.status === 'published');
  say(`Real content: rebuild after changing ${change}`);
  const oneWord = await timedBuild(real);

  say('Page weight');
  const dist = join(real, 'dist');
  const pageKinds: Array<[string, string]> = [
    ['report', `/${latest.id}/`],
    ['child version', `/${latest.id}/children/`],
    ['home', '/'],
    ['trends', '/trends/'],
    ['search', '/search/'],
    ['accessibility statement', '/accessibility/'],
  ];
  // A year without a child version has no child page to weigh. Cover reports are PDFs only; their sizes are in the build results.
  const pages = pageKinds.filter(([, path]) => existsSync(join(dist, path, 'index.html')));
  const server = await serveStatic(dist);
  const browser = await launchBrowser();
  const weights = [];
  try {
    for (const [kind, path] of pages) weights.push({ kind, ...(await measurePageWeight(browser, server.origin, dist, path)) });
  } finally {
    await browser.close();
    await server.close();
  }

  say('Lighthouse (mobile)');
  precompress(dist);
  const compressedServer = await serveStatic(dist, { precompressed: true });
  let lighthouse;
  try {
    lighthouse = await lighthouseScores(pages.filter(([kind]) => kind === 'report' || kind === 'child version').map(([, path]) => compressedServer.origin + path));
  } finally {
    await compressedServer.close();
  }

  say('PDFs: as built beside one plain Chromium print');
  const pdfs = await comparePdfRendering(real, printJobs(site));

  const synthetic: Array<{ years: number } & TimedBuild> = [];
  for (const count of syntheticCounts) {
    const root = tempProject(`years-${count}`);
    writeSyntheticProject(appRoot, latest.id, root, count);
    say(`Synthetic content, ${count} year(s): cold build`);
    synthetic.push({ years: count, ...(await timedBuild(root)) });
    rmSync(root, { recursive: true, force: true });
  }
  const marginal = synthetic.slice(1).map((build, index) => {
    const before = synthetic[index];
    const years = build.years - before.years;
    const stages = Object.fromEntries(Object.keys(build.stages).map((stage) => [stage, Number(((build.stages[stage] - (before.stages[stage] ?? 0)) / years).toFixed(2))]));
    return {
      from: before.years,
      to: build.years,
      secondsPerYear: Number(((build.wallSeconds - before.wallSeconds) / years).toFixed(2)),
      memoryMiBPerYear: Number(((build.peakMemoryMiB - before.peakMemoryMiB) / years).toFixed(1)),
      stages,
    };
  });

  const summary = (build: TimedBuild) => ({
    wallSeconds: build.wallSeconds,
    totalSeconds: build.totalSeconds,
    stages: build.stages,
    peakMemoryMiB: build.peakMemoryMiB,
    pdfsRendered: build.pdfsRendered,
    pdfsReused: build.pdfsReused,
    pdfsMade: build.pdfs.filter((pdf) => !pdf.reused).map((pdf) => pdf.href),
  });
  const reportWeight = weights.find((weight) => weight.kind === 'report');
  const twenty = synthetic.find((build) => build.years === 20);
  const targets = [
    { target: 'real content full build under 30 s', value: `${cold.wallSeconds} s`, met: cold.wallSeconds < 30 },
    ...(twenty ? [{ target: '20 years under 180 s', value: `${twenty.wallSeconds} s`, met: twenty.wallSeconds < 180 }] : []),
    { target: 'unchanged rebuild under a third of a cold build', value: `${unchanged.wallSeconds} s of ${cold.wallSeconds} s`, met: unchanged.wallSeconds < cold.wallSeconds / 3 },
    ...(reportWeight ? [{ target: 'report page within 3x its compressed text (brotli)', value: `${reportWeight.ratio.brotli}x`, met: reportWeight.ratio.brotli <= 3 }] : []),
    ...lighthouse.map((run) => ({
      target: `Lighthouse 100 performance and accessibility, ${new URL(run.url).pathname}`,
      value: `${run.scores.performance} / ${run.scores.accessibility}`,
      met: run.scores.performance === 100 && run.scores.accessibility === 100,
    })),
    ...pdfs.map((pdf) => ({ target: `PDF within 1.6x one plain print, ${pdf.href}`, value: `${pdf.ratio}x (prints alone ${pdf.printRatio}x)`, met: pdf.ratio <= 1.6 })),
  ];

  const results = {
    date: new Date().toISOString(),
    machine: { cpus: cpus().length, memoryGiB: Math.round(totalmem() / 1024 ** 3), node: process.version, loadAverage: { atStart: loadAtStart, atEnd: load() } },
    realContent: { years: site.years.length, cold: { ...summary(cold), pdfs: cold.pdfs }, unchanged: summary(unchanged), oneWordChange: { change, ...summary(oneWord) } },
    synthetic: synthetic.map((build) => ({ years: build.years, ...summary(build) })),
    marginalCostPerYear: marginal,
    pageWeight: weights.map(({ kind, path, byKind, total, text, ratio, scripts }) => ({ kind, path, byKind, total, text, ratio, scripts })),
    lighthouse,
    pdfs,
    targets,
  };
  writeFileSync(join(appRoot, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);

  const stageNames = [...new Set([cold, ...synthetic].flatMap((build) => Object.keys(build.stages)))];
  const buildRow = (label: string, build: TimedBuild) => ({
    build: label,
    ...Object.fromEntries(stageNames.map((stage) => [stage, build.stages[stage] ?? 0])),
    'wall s': build.wallSeconds,
    'peak MiB': build.peakMemoryMiB,
    'PDFs made/reused': `${build.pdfsRendered}/${build.pdfsReused}`,
  });
  console.log('\nBuilds (seconds per stage)');
  console.table([
    buildRow('real, cold', cold),
    buildRow('real, unchanged', unchanged),
    buildRow('real, one word', oneWord),
    ...synthetic.map((build) => buildRow(`${build.years} year(s), cold`, build)),
  ]);
  if (marginal.length > 0) {
    console.log('Marginal cost of one more year');
    console.table(marginal.map(({ from, to, secondsPerYear, memoryMiBPerYear }) => ({ years: `${from} to ${to}`, 's per year': secondsPerYear, 'MiB per year': memoryMiBPerYear })));
  }
  console.log('Page weight (KiB; gzip / brotli where two)');
  console.table(
    weights.map((weight) => ({
      page: `${weight.kind} ${weight.path}`,
      'HTML raw': kib(weight.byKind.html.raw),
      'HTML gz/br': `${kib(weight.byKind.html.gzip)} / ${kib(weight.byKind.html.brotli)}`,
      'CSS gz/br': `${kib(weight.byKind.css.gzip)} / ${kib(weight.byKind.css.brotli)}`,
      fonts: kib(weight.byKind.fonts.raw),
      images: kib(weight.byKind.images.raw),
      'JS files': weight.scripts,
      'total gz/br': `${kib(weight.total.gzip)} / ${kib(weight.total.brotli)}`,
      'text gz/br': `${kib(weight.text.gzip)} / ${kib(weight.text.brotli)}`,
      'x text gz/br': `${weight.ratio.gzip} / ${weight.ratio.brotli}`,
    })),
  );
  console.log('Lighthouse, mobile');
  console.table(lighthouse.map((run) => ({ page: new URL(run.url).pathname, ...run.scores, 'LCP ms': run.metrics.largestContentfulPaint, 'TBT ms': run.metrics.totalBlockingTime, CLS: run.metrics.cumulativeLayoutShift })));
  console.log('PDFs');
  console.table(
    pdfs.map((pdf) => ({
      pdf: pdf.href,
      pages: pdf.pages,
      'prints s': pdf.asBuilt.printSeconds,
      'repair s': pdf.asBuilt.repairSeconds,
      'as built KiB': kib(pdf.asBuilt.bytes),
      'plain print s': pdf.plainPrint.seconds,
      'plain print KiB': kib(pdf.plainPrint.bytes),
      ratio: pdf.ratio,
      'prints only': pdf.printRatio,
    })),
  );
  console.log('Targets');
  console.table(targets.map(({ target, value, met }) => ({ target, value, met: met ? 'yes' : 'NO' })));
  console.log(`Load average (1, 5, 15 min) at start ${loadAtStart.join(', ')}, at end ${load().join(', ')}. Written to bench/results.json`);
} finally {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
}
