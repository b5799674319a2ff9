import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { heldToCurrentGuidance, statutoryCoverage } from '../../src/model/compute/statutory-coverage.ts';
import { formatProblems } from '../../src/model/load/content-problem.ts';
import { inspectSite } from '../../src/model/inspect-site.ts';
import { sections } from '../../src/model/sections.ts';
import { statutoryElements } from '../../src/model/statutory-elements.ts';
import { formatCoverage } from '../../src/build/format-coverage.ts';
import { fixtureCopy } from '../helpers/fixture-copy.ts';
import { fixtures } from '../helpers/paths.ts';

const fixtureYear = '2030-31';

/** The files that give a section content in the fixture, so a test can take an element away. */
function filesAnswering(elementId: string): string[] {
  const element = statutoryElements.find((candidate) => candidate.id === elementId)!;
  return sections
    .filter((section) => element.sections.includes(section.id) && section.narrative)
    .map((section) => `content/${fixtureYear}/${section.narrative!.file}.md`);
}

describe('statutory coverage', () => {
  it('maps every element to sections the report really has', () => {
    const ids = new Set(sections.map((section) => section.id));
    for (const element of statutoryElements) {
      assert.ok(element.sections.length > 0, element.id);
      for (const id of element.sections) assert.ok(ids.has(id), `${element.id} names an unknown section "${id}"`);
    }
  });

  it('finds every element answered in a year that answers them all, and prints the table', async () => {
    const { site } = await inspectSite(join(fixtures, 'minimal'));
    const year = site!.years.find((candidate) => candidate.id === fixtureYear)!;
    assert.ok(heldToCurrentGuidance(year));
    const rows = statutoryCoverage(year);
    assert.equal(rows.length, statutoryElements.length);
    for (const row of rows) assert.ok(row.answeredBy.length > 0, `${row.element.title} is not answered`);
    const table = formatCoverage(year);
    for (const element of statutoryElements) assert.match(table, new RegExp(`${element.title}.*present`));
  });

  for (const element of statutoryElements) {
    it(`reports "${element.title}" missing from a published year, and only as a warning in a draft`, async () => {
      const removed = Object.fromEntries(filesAnswering(element.id).map((file) => [file, null]));
      // Funding is answered by data, not words.
      if (element.id === 'partner-funding') removed[`data/${fixtureYear}/income-and-expenditure.yaml`] = null;
      const published = fixtureCopy('minimal', removed);
      try {
        const { problems } = await inspectSite(published.root);
        const missing = problems.filter((problem) => problem.field === element.title);
        assert.equal(missing.length, 1, formatProblems(problems));
        assert.equal(missing[0].severity, 'error');
        assert.equal(missing[0].file, `content/${fixtureYear}/`);
        // The fix points first at the element's usual section, the one a new year is scaffolded with.
        assert.match(missing[0].fix!, new RegExp(`^Write or fill in \\S*${element.sections[0]}\\.(md|yaml)`));
      } finally {
        published.remove();
      }
    });
  }

  it('lets a draft miss an element until it is published', async () => {
    const draft = fixtureCopy('minimal', {
      [`content/${fixtureYear}/little-or-no-progress.md`]: null,
      [`data/${fixtureYear}/report.yaml`]: reportYaml({ status: 'draft' }),
    });
    try {
      const { site, problems } = await inspectSite(draft.root);
      assert.ok(site, formatProblems(problems));
      const missing = problems.find((problem) => problem.field === 'Areas with little or no evidence of progress');
      assert.equal(missing?.severity, 'warning');
      assert.match(missing!.message, /before the report is published/);
      assert.match(formatProblems([missing!]), /Warning at whole folder \(Areas with little/);
    } finally {
      draft.remove();
    }
  });

  it('holds a year from before Working Together 2023 to nothing, and marks its gaps "not reported this year"', async () => {
    const { site } = await inspectSite(join(fixtures, 'minimal'));
    const loaded = site!.years[0];
    const { ['little-or-no-progress']: _, ...narrative } = loaded.narrative;
    const year = { ...loaded, narrative, meta: { ...loaded.meta, period: { start: '2020-04-01', end: '2021-03-31' } } };
    assert.equal(heldToCurrentGuidance(year), false);
    assert.match(formatCoverage(year), /Areas with little or no evidence of progress\s+–\s+not reported this year/);
    assert.match(formatCoverage(year), /Impact of training\s+#training-evaluation\s+present/);
  });

  it('accepts the fixture as a complete report', async () => {
    const { problems } = await inspectSite(join(fixtures, 'minimal'));
    assert.deepEqual(
      problems.filter((problem) => problem.file === `content/${fixtureYear}/`),
      [],
    );
  });
});

/** The fixture's report.yaml with some fields changed. */
export function reportYaml(changes: { status?: string; extra?: string } = {}): string {
  return [
    'title: Annual report 2030/31',
    'period:',
    '  start: 2030-04-01',
    '  end: 2031-03-31',
    `status: ${changes.status ?? 'published'}`,
    'publicationDate: 2031-09-30',
    'summary: A small report used by the tests.',
    changes.extra ?? '',
  ].join('\n');
}
