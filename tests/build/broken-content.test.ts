import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import sharp from 'sharp';
import { runBuild } from '../../src/build/run-build.ts';
import { fixtureCopy } from '../helpers/fixture-copy.ts';
import { fingerprint } from '../helpers/fingerprint.ts';
import { fixtures } from '../helpers/paths.ts';

/**
 * A corpus of content mistakes the business team could make. Each one is
 * built from a copy of the minimal fixture with that one mistake in it, over
 * a dist/ folder standing for the last good build: the build must stop before
 * the website is made, name the file and the line of the mistake, and leave
 * dist/ exactly as it was.
 */
interface BrokenCase {
  name: string;
  /** Files to write, by path, each made from the fixture's own text. */
  files: Record<string, string>;
  /** The file the error must be reported in. */
  file: string;
  /** Text in that file whose line the error must name. */
  at: string;
  message: RegExp;
}

const year = '2030-31';
const original = (path: string) => readFileSync(join(fixtures, 'minimal', path), 'utf8');

/** The fixture's file with one piece of text replaced; fails loudly if the text is not there, so no case is silently a no-op. */
function edit(path: string, from: string, to: string): Record<string, string> {
  const text = original(path);
  assert.ok(text.includes(from), `${path} no longer contains ${JSON.stringify(from)}`);
  return { [path]: text.replace(from, to) };
}

const figures = `data/${year}/headline-figures.yaml`;
const money = `data/${year}/income-and-expenditure.yaml`;
const report = `data/${year}/report.yaml`;
const governance = `content/${year}/governance.md`;
const summary = `content/${year}/executive-summary.md`;
const appendTo = (path: string, text: string) => ({ [path]: `${original(path).trimEnd()}\n\n${text}\n` });

const cases: BrokenCase[] = [
  { name: 'malformed YAML', files: edit(figures, '    label: Referral rate', '    label: "Referral rate'), file: figures, at: 'label: "Referral rate', message: /cannot be read/ },
  { name: 'malformed YAML in the settings', files: edit('data/partnership.yaml', 'area: Croydon', 'area: Croydon: South'), file: 'data/partnership.yaml', at: 'area: Croydon: South', message: /cannot be read/ },
  { name: 'malformed front matter', files: { [summary]: '---\nkeyAchievements: [A new MASH protocol.\n---\nText.\n' }, file: summary, at: 'keyAchievements', message: /cannot be read/ },
  { name: 'a number written as text', files: edit(figures, 'value: 4200', 'value: lots'), file: figures, at: 'value: lots', message: /should be a number/ },
  { name: 'a number with a comma', files: edit(figures, 'value: 4200', 'value: "4,200"'), file: figures, at: 'value: "4,200"', message: /should be a number, but it is text/ },
  { name: 'an unknown field', files: edit(figures, '    source: Test data\n  - id: referral-rate', '    sauce: Test data\n  - id: referral-rate'), file: figures, at: 'sauce:', message: /"sauce" is not a field/ },
  { name: 'an unknown front matter field', files: { [governance]: `---\nauthor: Someone\n---\n${original(governance)}` }, file: governance, at: 'author:', message: /"author" is not a field/ },
  { name: 'a unit that does not exist', files: edit(figures, 'unit: rate-per-10000', 'unit: per-10000'), file: figures, at: 'unit: per-10000', message: /not one of the allowed choices/ },
  { name: 'a date that does not exist', files: edit(report, '2031-09-30', '2031-02-30'), file: report, at: '2031-02-30', message: /does not exist/ },
  { name: 'a duplicate figure id', files: edit(figures, 'id: referral-rate', 'id: children-in-need'), file: figures, at: '- id: children-in-need\n    label: Referral', message: /already used/ },
  { name: 'a duplicate income id', files: edit(money, '  - id: police', '  - id: council'), file: money, at: '  - id: council\n    label: Police', message: /already used/ },
  { name: 'a reference to a partner that does not exist', files: edit(money, 'partnerId: met-police', 'partnerId: police'), file: money, at: 'partnerId: police', message: /No partner has the id "police"/ },
  { name: 'a printed total that is not the sum', files: appendTo(money, 'statedTotals:\n  income: 400\n  expenditure: 410'), file: money, at: 'expenditure: 410', message: /not the sum/ },
  { name: 'a percentage that does not match the amounts', files: edit(money, '    amount: 300\n', '    amount: 300\n    statedPercent: 80\n'), file: money, at: 'statedPercent: 80', message: /printed as 80% of the total/ },
  { name: 'a stated change in the wrong direction', files: edit(figures, '      period: 2029/30\n', '      period: 2029/30\n    statedChange:\n      direction: down\n      comparedWith: 2029/30\n'), file: figures, at: 'direction: down', message: /said to have gone down/ },
  { name: 'a stated change of the wrong size', files: edit(figures, '      period: 2029/30\n', '      period: 2029/30\n    statedChange:\n      direction: up\n      percent: 9\n      comparedWith: 2029/30\n'), file: figures, at: 'percent: 9', message: /does not match the change from 4000 to 4200/ },
  { name: 'commentary contradicting the figure', files: edit(figures, 'The CIN caseload rose.', 'The CIN caseload rose to 4,500.'), file: figures, at: 'rose to 4,500', message: /gives "Children in need" as 4,500/ },
  { name: 'commentary contradicting the change', files: edit(figures, 'Referrals fell.', 'Referrals fell by 7%.'), file: figures, at: 'fell by 7%', message: /change of 7%/ },
  { name: 'a rate in the wrong unit', files: edit(figures, 'Referrals fell.', 'Referrals fell to 70.5 per 100,000 children.'), file: figures, at: 'per 100,000', message: /rate per 100,000/ },
  { name: 'a comparator in another unit', files: edit(figures, '    commentary: Referrals fell.', '    comparators:\n      - area: London\n        value: 80\n        unit: rate-per-100000\n    commentary: Referrals fell.'), file: figures, at: 'unit: rate-per-100000', message: /London comparator/ },
  { name: 'a figure outside the reporting period', files: edit(figures, '    period: 2030/31\n    statedChange', '    period: 2027/28\n    statedChange'), file: figures, at: 'period: 2027/28', message: /not in this report’s period/ },
  { name: 'publication before the period ended', files: edit(report, '2031-09-30', '2030-09-30'), file: report, at: '2030-09-30', message: /before its reporting period ended/ },
  { name: 'an unexplained abbreviation', files: appendTo(governance, 'The LADO chairs the panel.'), file: governance, at: 'LADO', message: /"LADO" is not in the glossary/ },
  { name: 'an American spelling', files: appendTo(governance, 'The subgroups analyzed the data.'), file: governance, at: 'analyzed', message: /"analyzed" is not in the British English dictionary/ },
  { name: 'a misspelling in a YAML field', files: edit(figures, 'Referrals fell.', 'Refferals fell.'), file: figures, at: 'Refferals', message: /"Refferals" is not in the British English dictionary/ },
  { name: 'a link to a year that does not exist', files: appendTo(governance, 'See [last year’s report](/2019-20/).'), file: governance, at: '/2019-20/', message: /not a page of this site/ },
  { name: 'a link to a part of the page that does not exist', files: appendTo(governance, 'See [the money](/2030-31/#no-such-part).'), file: governance, at: '#no-such-part', message: /"#no-such-part", which is not a part/ },
  { name: 'an image without alternative text', files: appendTo(governance, '![](images/meeting.png)'), file: governance, at: '![](images/meeting.png)', message: /no alternative text/ },
  { name: 'an image from another site', files: appendTo(governance, '![The panel](https://example.org/panel.jpg)'), file: governance, at: 'https://example.org', message: /in this year’s images folder/ },
  { name: 'an image file that is missing', files: appendTo(governance, '![The panel](images/panel.jpg)'), file: governance, at: 'images/panel.jpg', message: /no image file at this address/ },
  { name: 'a personal phone number', files: appendTo(governance, 'Call Sam on 07911 123456 for details.'), file: governance, at: '07911 123456', message: /phone number/ },
  { name: 'a phone number in a YAML field', files: edit(figures, 'Referrals fell.', 'Referrals fell; ring 020 7946 0123.'), file: figures, at: '020 7946 0123', message: /phone number/ },
  { name: 'a personal email address', files: appendTo(governance, 'Write to jane.smith@croydonlcsp.org.uk.'), file: governance, at: 'jane.smith@', message: /personal email address/ },
  { name: 'a home postcode', files: appendTo(governance, 'The family lived at 12 Acacia Road, CR0 1AB.'), file: governance, at: 'CR0 1AB', message: /full postcode/ },
  { name: 'a date of birth', files: appendTo(governance, 'Child A was born on 3 March 2019.'), file: governance, at: 'born on', message: /date of birth/ },
  { name: 'a name on the do-not-publish list', files: appendTo(governance, 'The review of Tallulah Brightwater found delays.'), file: governance, at: 'Tallulah', message: /do-not-publish list/ },
  { name: 'a do-not-publish name in a front matter list', files: edit(summary, 'A new MASH protocol.', 'Learning from the review of Tallulah Brightwater.'), file: summary, at: 'Tallulah', message: /do-not-publish list/ },
  { name: 'a script in Markdown', files: appendTo(governance, '<script>alert(1)</script>'), file: governance, at: '<script>', message: /a script/ },
  { name: 'an onclick in Markdown', files: appendTo(governance, '<a href="/" onclick="steal()">Home</a>'), file: governance, at: 'onclick', message: /event handler/ },
  { name: 'an iframe in Markdown', files: appendTo(governance, '<iframe src="/"></iframe>'), file: governance, at: '<iframe', message: /embedded frame/ },
  { name: 'a style that breaks the page', files: appendTo(governance, '<div style="display:none">Hidden</div>'), file: governance, at: 'style=', message: /style attribute/ },
  { name: 'a javascript: link', files: appendTo(governance, '[Click](javascript:alert(1))'), file: governance, at: 'javascript:', message: /javascript: address/ },
  { name: 'an exception without a reason', files: edit('data/privacy.yaml', 'exceptions: []', 'exceptions:\n  - file: content/2030-31/governance.md\n    text: 07911 123456'), file: 'data/privacy.yaml', at: '  - file:', message: /"reason" is missing/ },
];

/** The lines of one file's group in the build's report. */
function reportFor(output: string, file: string): string {
  const group = output.split('\n\n').find((block) => block.startsWith(`${file}\n`));
  assert.ok(group, `the report has no group for ${file}:\n${output}`);
  return group;
}

function lineOf(text: string, at: string): number {
  const index = text.indexOf(at);
  assert.ok(index >= 0, `${JSON.stringify(at)} is not in the file`);
  return text.slice(0, index).split('\n').length;
}

describe('a build of broken content', () => {
  it(`covers at least 30 kinds of mistake (${cases.length})`, () => {
    assert.ok(cases.length >= 30);
    assert.equal(new Set(cases.map((entry) => entry.name)).size, cases.length);
  });

  for (const broken of cases) {
    it(`stops on ${broken.name}, naming the file and line, and leaves dist/ untouched`, async () => {
      const copy = fixtureCopy('minimal', broken.files);
      try {
        await tinyPicture(join(copy.root, 'content', year, 'images', 'meeting.png'));
        const outDir = join(copy.root, 'dist');
        mkdirSync(join(outDir, year), { recursive: true });
        writeFileSync(join(outDir, 'index.html'), '<!doctype html><title>The last good build</title>');
        writeFileSync(join(outDir, year, 'index.html'), '<!doctype html><title>The last good report</title>');
        const before = fingerprint(outDir);
        const output: string[] = [];
        const ok = await runBuild({ root: copy.root, outDir, log: (line) => output.push(line), error: (line) => output.push(line), pdfCacheDir: join(copy.root, '.cache', 'pdfs') });
        const text = output.join('\n');

        assert.equal(ok, false, text);
        const line = lineOf(readFileSync(join(copy.root, broken.file), 'utf8'), broken.at);
        const errors = reportFor(text, broken.file).split('\n').filter((entry) => entry.startsWith('  Error at '));
        assert.ok(
          errors.some((entry) => entry.startsWith(`  Error at line ${line}`) && broken.message.test(entry)),
          `expected an error at ${broken.file} line ${line} matching ${broken.message}; the report says:\n${text}`,
        );
        assert.match(text, /has been left as it was/);
        assert.deepEqual(fingerprint(outDir), before);
        assert.deepEqual(readdirSync(copy.root).filter((name) => name.includes('staging')), [], 'no half-built folder is left behind');
        assert.equal(existsSync(join(outDir, '_astro')), false, 'the website build never started');
      } finally {
        copy.remove();
      }
    });
  }
});

/** A picture big enough to pass the size check, for the cases that need an image file to exist. */
async function tinyPicture(path: string): Promise<void> {
  mkdirSync(join(path, '..'), { recursive: true });
  await sharp({ create: { width: 400, height: 300, channels: 3, background: '#1d4f7c' } }).png().toFile(path);
}
