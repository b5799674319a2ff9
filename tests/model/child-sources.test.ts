import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { childBlocks } from '../../src/model/children/child-blocks.ts';
import { childQuote } from '../../src/model/children/child-quote.ts';
import { checkChildSources, normaliseQuoted } from '../../src/model/checks/child-sources.ts';
import { exampleRoot, exampleYear } from '../../src/model/example-files.ts';
import { checkedSite } from '../helpers/checked-site.ts';
import type { ReportYear } from '../../src/model/report-year.ts';
import { childWordsSchema } from '../../src/model/schemas/children.ts';
import { croydonOnly } from '../helpers/croydon-content.ts';
import { appRoot } from '../helpers/paths.ts';
import { readSourceReport } from '../helpers/source-report.ts';

const site = await checkedSite(appRoot);
const year = site.years.find((candidate) => candidate.id === '2024-25')!;
const example = (await checkedSite(join(appRoot, exampleRoot))).years.find((candidate) => candidate.id === exampleYear)!;

/** A copy of a year with its child version changed, so the content is never touched. */
function withChild(original: ReportYear, change: (copy: ReportYear) => void): ReportYear {
  const copy = structuredClone(original);
  change(copy);
  return copy;
}

// The worked example's child version is the one these checks are tried on.
describe('where the child version’s words come from', () => {
  it('names, for every block of the worked example’s child version, a section or figure the report has', () => {
    const blocks = childBlocks(example);
    assert.ok(blocks.length >= 5, `${blocks.length} blocks`);
    for (const block of blocks) assert.notEqual(block.source.kind, 'missing', `${block.field} names "${block.source.id}"`);
    assert.deepEqual(checkChildSources(example), []);
  });

  it('rejects a block that names no source', () => {
    const words = structuredClone(example.narrative.children!.children!) as unknown as { whatWeDid: { source?: string }[] };
    delete words.whatWeDid[0].source;
    const result = childWordsSchema.safeParse(words);
    assert.equal(result.success, false);
    assert.deepEqual(result.error!.issues[0].path, ['whatWeDid', 0, 'source']);
  });

  it('fails a block that names a section the report does not have', () => {
    const changed = withChild(example, (copy) => {
      copy.narrative.children!.children!.whatWeDid[1].source = 'made-up-section';
    });
    const problems = checkChildSources(changed);
    assert.equal(problems.length, 1);
    assert.equal(problems[0].field, 'whatWeDid → item 2 → source');
    assert.match(problems[0].message, /"made-up-section" is neither a section of the report nor one of its figures/);
  });

  it('fails a featured figure that the report’s own notes call unclear', () => {
    const featured = example.children!.featuredFigures[0].figure;
    const changed = withChild(example, (copy) => {
      copy.knownIssues = [
        ...(copy.knownIssues ?? []),
        { id: 'count-unclear', section: 'Headline figures', description: 'The count may include children counted twice.', resolution: 'Kept as printed.', explains: [{ file: 'headline-figures.yaml', item: featured }] },
      ];
    });
    assert.deepEqual(checkChildSources(example), []);
    const problems = checkChildSources(changed);
    // Once as the featured figure, and again for any picture chart of the same figure.
    const charts = (example.children!.pictureCharts ?? []).flatMap((chart, index) => (chart.figure === featured ? [`pictureCharts → item ${index + 1} → figure`] : []));
    assert.deepEqual(problems.map((problem) => problem.field), ['featuredFigures → item 1 → figure', ...charts]);
    for (const problem of problems) assert.match(problem.message, /unclear \(known issue "count-unclear"\), so it cannot be explained to children/);
  });

  it('fails a featured figure that a known issue lists only among the figures it puts in doubt', () => {
    const featured = example.children!.featuredFigures[0].figure;
    const changed = withChild(example, (copy) => {
      copy.knownIssues = [
        ...(copy.knownIssues ?? []),
        { id: 'count-in-doubt', section: 'Headline figures', description: 'The count may include children counted twice.', resolution: 'Kept as printed.', figures: [featured] },
      ];
    });
    const problems = checkChildSources(changed);
    assert.equal(problems[0]?.field, 'featuredFigures → item 1 → figure');
    assert.match(problems[0].message, /unclear \(known issue "count-in-doubt"\), so it cannot be explained to children/);
  });

  it('fails a quote that is not word for word in the young person’s section', () => {
    const changed = withChild(example, (copy) => {
      copy.narrative.children!.children!.quote!.text = 'My role is to help agencies meet the needs of young people.';
    });
    const problems = checkChildSources(changed);
    assert.equal(problems.length, 1);
    assert.match(problems[0].message, new RegExp(`not in content/${example.id}/young-scrutineer\\.md exactly as written`));
  });
});

describe('where Croydon’s 2024/25 child version’s words come from', croydonOnly, () => {
  it('names, for every block of the 2024/25 child version, a section or figure the report has', () => {
    const blocks = childBlocks(year);
    assert.ok(blocks.length >= 15, `${blocks.length} blocks`);
    for (const block of blocks) assert.notEqual(block.source.kind, 'missing', `${block.field} names "${block.source.id}"`);
    assert.deepEqual(checkChildSources(year), []);
  });

  it('no longer says what the report does not say', () => {
    const text = childBlocks(year).map((block) => block.text).join(' ');
    assert.doesNotMatch(text, /checked it often/);
    assert.doesNotMatch(text, /kept in touch with almost all/);
  });
});

describe('the Young Scrutineer’s words', croydonOnly, () => {
  it('are quoted with his name and role as the report gives them', () => {
    const quote = childQuote(year)!;
    assert.equal(quote.name, 'Deshawn Stirling');
    assert.equal(quote.role, 'Young Scrutineer');
    assert.equal(quote.section.id, 'young-scrutineer');
  });

  it('appear word for word in the source report', (context) => {
    const source = readSourceReport();
    if (!source) {
      context.skip('the source report is not beside the checkout (../shared/source/), so the quote cannot be compared with it');
      return;
    }
    const quote = childQuote(year)!;
    assert.ok(normaliseQuoted(source).includes(normaliseQuoted(quote.text)), quote.text);
    assert.ok(source.includes(`The Young Scrutineer ${quote.name}`), 'his name as the report gives it');
  });
});
