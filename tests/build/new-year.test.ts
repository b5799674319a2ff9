import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { parse } from 'yaml';
import { examplePath } from '../../src/model/example-files.ts';
import { inspectSite } from '../../src/model/inspect-site.ts';
import { narrativeFiles } from '../../src/model/sections.ts';
import { shiftYear } from '../../src/model/year-sequence.ts';
import { publicYears } from '../../src/render/public-years.ts';
import { fixtureCopy } from '../helpers/fixture-copy.ts';
import { emptyHeadings } from '../helpers/empty-headings.ts';
import { htmlPages } from '../helpers/site-pages.ts';
import { appRoot } from '../helpers/paths.ts';
import { previewServer } from '../helpers/preview-server.ts';

const fixtureYear = '2030-31';
const newYear = shiftYear(fixtureYear, 1);
const priorities = [
  { id: 'early-help', title: 'Make early help easier to find' },
  { id: 'neglect', title: 'Spot neglect sooner' },
];

function run(script: string, root: string, args: string[] = []) {
  return spawnSync(process.execPath, [join(appRoot, script), ...args], { env: { ...process.env, CONTENT_ROOT: root }, encoding: 'utf8' });
}

describe('starting a new year with npm run new-year', () => {
  const project = fixtureCopy('minimal', {
    [`data/${fixtureYear}/priorities.yaml`]: `forYear: ${newYear}\npriorities:\n${priorities.map((p) => `  - id: ${p.id}\n    title: ${p.title}\n`).join('')}`,
  });
  let started: ReturnType<typeof run>;
  before(() => {
    started = run('src/build/new-year.ts', project.root, [newYear]);
  });
  after(() => project.remove());

  it('writes the year’s folders, every file opening with a comment saying what goes there', () => {
    assert.equal(started.status, 0, started.stderr);
    const dataFiles = readdirSync(join(project.root, 'data', newYear));
    const contentFiles = readdirSync(join(project.root, 'content', newYear));
    assert.deepEqual(contentFiles.sort(), [...narrativeFiles.keys()].map((file) => `${file}.md`).sort());
    for (const file of dataFiles) assert.match(readFileSync(join(project.root, 'data', newYear, file), 'utf8'), /^#/m, file);
    for (const file of contentFiles) assert.match(readFileSync(join(project.root, 'content', newYear, file), 'utf8'), /<!--/, file);
  });

  it('points every new file to the filled-in example of the same file', () => {
    const files = [
      ...readdirSync(join(project.root, 'data', newYear)).map((file) => `data/${newYear}/${file}`),
      ...readdirSync(join(project.root, 'content', newYear)).map((file) => `content/${newYear}/${file}`),
    ];
    for (const file of files) {
      const example = examplePath(file);
      assert.ok(readFileSync(join(project.root, file), 'utf8').includes(`see ${example}`), `${file} names ${example}`);
      assert.ok(existsSync(join(appRoot, example)), `${example} exists`);
    }
  });

  it('carries last year’s priorities into commitments as not yet reported', () => {
    const commitments = parse(readFileSync(join(project.root, 'data', newYear, 'commitments.yaml'), 'utf8')).commitments;
    assert.deepEqual(commitments, priorities.map((p) => ({ id: p.id, said: p.title, status: 'not yet reported' })));
  });

  it('loads as a draft without errors, shown on the preview server only', async () => {
    const { site, problems } = await inspectSite(project.root);
    assert.deepEqual(problems.filter((problem) => problem.severity === 'error'), []);
    const draft = site!.years.find((year) => year.id === newYear);
    assert.equal(draft?.meta.status, 'draft');
    const entries = site!.years.map((year) => ({ id: year.id, data: year }));
    assert.deepEqual(publicYears(entries, true).map((entry) => entry.id), [fixtureYear, newYear]);
    assert.deepEqual(publicYears(entries, false).map((entry) => entry.id), [fixtureYear]);
  });

  it('refuses to overwrite a year that already exists', () => {
    const again = run('src/build/new-year.ts', project.root, [newYear]);
    assert.equal(again.status, 1);
    assert.match(again.stderr, new RegExp(`${newYear} already exists`));
  });

  it('warns about a priority dropped from the new year’s commitments', async () => {
    const file = join(project.root, 'data', newYear, 'commitments.yaml');
    const original = readFileSync(file, 'utf8');
    const [kept, dropped] = priorities;
    writeFileSync(file, original.replace(new RegExp(`  - id: ${dropped.id}[\\s\\S]*$`), ''));
    try {
      const { problems } = await inspectSite(project.root);
      const carried = problems.filter((problem) => problem.check === 'carried-priorities');
      assert.deepEqual(carried.map((problem) => [problem.severity, problem.file, problem.item]), [['warning', `data/${newYear}/commitments.yaml`, dropped.id]]);
      assert.ok(!carried.some((problem) => problem.item === kept.id));
    } finally {
      writeFileSync(file, original);
    }
  });

  it('shows on the preview server with a draft banner, its unfilled sections left out', async () => {
    const preview = await previewServer(project.root);
    try {
      const home = await (await fetch(`${preview.origin}/`)).text();
      assert.match(home, new RegExp(`href="/${newYear}/"`));
      assert.match(home, /Draft, not yet published/);
      const response = await fetch(`${preview.origin}/${newYear}/`);
      assert.equal(response.status, 200);
      const html = await response.text();
      assert.match(html, /class="draft-banner"/);
      assert.deepEqual(emptyHeadings(html), []);
      for (const priority of priorities) assert.ok(html.includes(priority.title), priority.title);
    } finally {
      preview.stop();
    }
  });

  it('builds, and the public build leaves the draft out of every page, the sitemap and the search index', () => {
    const built = run('src/build/build-site.ts', project.root);
    assert.equal(built.status, 0, built.stderr);
    const dist = join(project.root, 'dist');
    assert.equal(existsSync(join(dist, newYear)), false);
    assert.ok(existsSync(join(dist, fixtureYear, 'index.html')));
    for (const page of htmlPages(dist)) {
      assert.doesNotMatch(readFileSync(join(dist, page, 'index.html'), 'utf8'), new RegExp(`/${newYear}/`), page);
    }
    assert.doesNotMatch(readFileSync(join(dist, 'sitemap.xml'), 'utf8'), new RegExp(newYear));
    assert.match(built.stdout, /Search index of \d+ report sections and \d+ pages/);
  });
});
