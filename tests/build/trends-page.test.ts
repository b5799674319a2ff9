import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { parse, stringify } from 'yaml';
import { emptyHeadings } from '../helpers/empty-headings.ts';
import { fixtureCopy } from '../helpers/fixture-copy.ts';
import { appRoot, fixtures } from '../helpers/paths.ts';

const fixtureYear = '2030-31';
const readFixture = (path: string) => readFileSync(join(fixtures, 'minimal', path), 'utf8');
const meta = parse(readFixture(`data/${fixtureYear}/report.yaml`));
const figures: { id: string; label: string; value: number; unit: string; period: string }[] = parse(readFixture(`data/${fixtureYear}/headline-figures.yaml`)).figures;
const [kept, rescaled] = figures;

// Two earlier years, before the 2023 guidance, each with only headline figures: the first
// figure under a reworded label in both, the second in another unit in one of them.
const earlier = [
  { id: '2021-22', figures: [{ ...kept, label: `${kept.label} (old wording)`, value: kept.value - 200 }, { ...rescaled, unit: 'rate-per-100000', value: 700 }] },
  { id: '2022-23', figures: [{ ...kept, value: kept.value - 100 }, { ...rescaled, value: rescaled.value + 1 }] },
];

function yearFiles({ id, figures: yearFigures }: (typeof earlier)[number]): Record<string, string> {
  const start = Number(id.slice(0, 4));
  const report = { ...meta, title: `Annual report ${id.replace('-', '/')}`, period: { start: `${start}-04-01`, end: `${start + 1}-03-31` }, publicationDate: `${start + 1}-09-30` };
  return {
    [`data/${id}/report.yaml`]: stringify(report),
    [`data/${id}/headline-figures.yaml`]: stringify({ figures: yearFigures.map((figure) => ({ ...figure, period: id.replace('-', '/') })) }),
  };
}

describe('the trends page, built from small years', () => {
  const project = fixtureCopy('minimal', Object.assign({}, ...earlier.map(yearFiles)));
  let html = '';
  before(() => {
    const built = spawnSync(process.execPath, [join(appRoot, 'src/build/build-site.ts')], { env: { ...process.env, CONTENT_ROOT: project.root }, encoding: 'utf8' });
    assert.equal(built.status, 0, built.stderr);
    html = readFileSync(join(project.root, 'dist/trends/index.html'), 'utf8');
  });
  after(() => project.remove());

  it('draws one chart across three years for a figure matched by id, under its newest label, with every value in its table', () => {
    const section = new RegExp(`<section[^>]*aria-labelledby="trend-${kept.id}"[\\s\\S]*?</section>`).exec(html)?.[0];
    assert.ok(section, `no trend for ${kept.id}`);
    assert.match(section, new RegExp(`<h2 id="trend-${kept.id}">${kept.label}</h2>`));
    assert.match(section, /<svg/);
    const values = [...section.matchAll(/<td class="num">([^<]+)<\/td>/g)].map((match) => Number(match[1].replace(/,/g, '')));
    assert.deepEqual(values, [earlier[0].figures[0].value, earlier[1].figures[0].value, kept.value]);
  });

  it('keeps a figure given in two units as two charts, each in one unit', () => {
    const ids = [...html.matchAll(/<h2 id="(trend-[^"]+)">/g)].map((match) => match[1]).filter((id) => id.startsWith(`trend-${rescaled.id}`));
    // The per-100,000 value is in one year only, so only the per-10,000 years make a chart, and it names its unit.
    assert.deepEqual(ids, [`trend-${rescaled.id}-${rescaled.unit}`]);
    assert.match(html, /reported in more than one unit/);
    const section = new RegExp(`<section[^>]*aria-labelledby="${ids[0]}"[\\s\\S]*?</section>`).exec(html)![0];
    assert.equal([...section.matchAll(/<td class="num">/g)].length, 2);
  });

  it('shows a year that has only headline figures without an empty heading', () => {
    for (const { id } of earlier) {
      const page = readFileSync(join(project.root, `dist/${id}/index.html`), 'utf8');
      assert.match(page, /id="headline-figures"/);
      assert.deepEqual(emptyHeadings(page), [], id);
    }
  });

  it('links each earlier year to the next and previous, and lists them all on the home page', () => {
    const home = readFileSync(join(project.root, 'dist/index.html'), 'utf8');
    for (const id of [...earlier.map((year) => year.id), fixtureYear]) assert.match(home, new RegExp(`href="/${id}/"`));
    const middle = readFileSync(join(project.root, `dist/${earlier[1].id}/index.html`), 'utf8');
    assert.match(middle, new RegExp(`href="/${earlier[0].id}/"`));
    assert.match(middle, new RegExp(`href="/${fixtureYear}/"`));
  });
});
