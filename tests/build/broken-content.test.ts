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
  /** Text in that file whose line the error must name; left out for a problem with a whole file or folder. */
  at?: string;
  message: RegExp;
  /** Anything the case needs beyond text files, such as a picture. */
  prepare?(root: string): Promise<void>;
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
const cover = `data/${year}/committee-reports/scrutiny.yaml`;
const conclusion = `content/${year}/conclusion.md`;
const scrutineer = `content/${year}/independent-scrutineer.md`;
const aliasBomb = ['  - &a ["x", "x", "x", "x", "x", "x", "x", "x", "x"]', ...['b', 'c', 'd', 'e', 'f'].map((name, index) => `  - &${name} [${Array(9).fill(`*${'abcde'[index]}`).join(', ')}]`)].join('\n');

/** A PNG whose header says 20,000 × 20,000 pixels, too big for the image library to open. */
async function hugePicture(root: string): Promise<void> {
  const png = await sharp({ create: { width: 400, height: 300, channels: 3, background: '#1d4f7c' } }).png().toBuffer();
  png.writeUInt32BE(20000, 16);
  png.writeUInt32BE(20000, 20);
  writeFileSync(join(root, 'content', year, 'images', 'poster.png'), png);
}

const cases: BrokenCase[] = [
  { name: 'malformed YAML', files: edit(figures, '    label: Referral rate', '    label: "Referral rate'), file: figures, at: 'label: "Referral rate', message: /cannot be read/ },
  { name: 'malformed YAML in the settings', files: edit('data/partnership.yaml', 'area: Redbrook', 'area: Redbrook: South'), file: 'data/partnership.yaml', at: 'area: Redbrook: South', message: /cannot be read/ },
  { name: 'malformed front matter', files: { [summary]: '---\nkeyAchievements: [A new MASH protocol.\n---\nText.\n' }, file: summary, at: 'keyAchievements', message: /cannot be read/ },
  { name: 'a number written as text', files: edit(figures, 'value: 4200', 'value: lots'), file: figures, at: 'value: lots', message: /should be a number/ },
  { name: 'a number with a comma', files: edit(figures, 'value: 4200', 'value: "4,200"'), file: figures, at: 'value: "4,200"', message: /should be a number, but it is text/ },
  { name: 'an unknown field', files: edit(figures, '    source: Test data\n  - id: referral-rate', '    sauce: Test data\n  - id: referral-rate'), file: figures, at: 'sauce:', message: /"sauce" is not a field/ },
  { name: 'an unknown front matter field', files: { [governance]: `---\nauthor: Someone\n---\n${original(governance)}` }, file: governance, at: 'author:', message: /"author" is not a field/ },
  { name: 'a unit that does not exist', files: edit(figures, 'unit: rate-per-10000', 'unit: per-10000'), file: figures, at: 'unit: per-10000', message: /not one of the allowed choices/ },
  { name: 'a date that does not exist', files: edit(report, '2031-09-30', '2031-02-30'), file: report, at: '2031-02-30', message: /does not exist/ },
  { name: 'a duplicate figure id', files: edit(figures, 'id: referral-rate', 'id: children-in-need'), file: figures, at: '- id: children-in-need\n    label: Referral', message: /already used/ },
  { name: 'a duplicate income id', files: edit(money, '  - id: police', '  - id: council'), file: money, at: '  - id: council\n    label: Police', message: /already used/ },
  { name: 'a reference to a partner that does not exist', files: edit(money, 'partnerId: redbrook-police', 'partnerId: police'), file: money, at: 'partnerId: police', message: /No partner has the id "police"/ },
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
  { name: 'a personal email address', files: appendTo(governance, 'Write to jane.smith@redbrookscp.example.'), file: governance, at: 'jane.smith@', message: /personal email address/ },
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
  { name: 'JavaScript front matter', files: { [conclusion]: `---js\n{title: require("child_process").execSync("date >> ../marker") && "Conclusion"}\n---\n${original(conclusion)}` }, file: conclusion, at: '---js', message: /marked as "js", not YAML/ },
  { name: 'a YAML alias bomb', files: edit(figures, 'figures:\n', `bomb:\n${aliasBomb}\nfigures:\n`), file: figures, at: '*a', message: /repeats itself through aliases/ },
  { name: 'a reference-style image from another site', files: appendTo(governance, '![The poster][p]\n\n[p]: http://tracker.example/track.png'), file: governance, at: '![The poster][p]', message: /in this year’s images folder/ },
  { name: 'a reference-style picture without alternative text', files: appendTo(governance, '![][pic]\n\n[pic]: images/meeting.png'), file: governance, at: '![][pic]', message: /no alternative text/ },
  { name: 'a reference-style picture that is missing', files: appendTo(governance, '![The panel][pic]\n\n[pic]: images/panel-photo.png'), file: governance, at: '![The panel][pic]', message: /no image file at this address/ },
  { name: 'a picture of 20,000 by 20,000 pixels', files: appendTo(governance, '![The poster](images/poster.png)'), file: governance, at: 'images/poster.png', message: /20000 × 20000 pixels/, prepare: hugePicture },
  { name: 'a phone number in a role', files: edit(cover, 'role: Partnership business manager', 'role: Partnership business manager, 07400 123456'), file: cover, at: '07400 123456', message: /phone number/ },
  { name: 'a personal email in a role', files: edit(cover, 'role: Partnership business manager', 'role: Business manager (jane.smith@gmail.com)'), file: cover, at: 'jane.smith@gmail.com', message: /personal email address/ },
  { name: 'a personal email as the partnership’s contact', files: edit('data/partnership.yaml', '  page: https://www.redbrookscp.example', '  page: https://www.redbrookscp.example\n  email: jane.smith@gmail.com'), file: 'data/partnership.yaml', at: 'jane.smith@gmail.com', message: /personal email address/ },
  { name: 'a javascript: contact page', files: edit('data/partnership.yaml', '  page: https://www.redbrookscp.example', '  page: javascript:alert(document.domain)'), file: 'data/partnership.yaml', at: 'javascript:alert', message: /must be a web address starting https:\/\// },
  { name: 'an email address as a single value', files: edit(figures, '    source: Test data', '    source: jane.smith@gmail.com'), file: figures, at: 'jane.smith@gmail.com', message: /personal email address/ },
  { name: 'a phone number as a single quoted value', files: edit(figures, '    source: Test data', '    source: "07400-123456"'), file: figures, at: '07400-123456', message: /phone number/ },
  { name: 'a phone number in inline code', files: appendTo(governance, 'Ring `07400 123456` for help.'), file: governance, at: '07400 123456', message: /phone number/ },
  { name: 'an email address in alternative text', files: appendTo(governance, '![Photo sent by jane.smith@gmail.com](images/meeting.png)'), file: governance, at: 'jane.smith@gmail.com', message: /personal email address/ },
  { name: 'a phone number in a link title', files: appendTo(governance, 'See [the board](/ "Ring 07400 123456").'), file: governance, at: '07400 123456', message: /phone number/ },
  { name: 'a reference-style mailto: link', files: appendTo(governance, 'Write to [the manager][m].\n\n[m]: mailto:jane.smith@gmail.com'), file: governance, at: 'mailto:jane.smith', message: /personal email address/ },
  { name: 'a lower-case postcode', files: appendTo(governance, 'The family lived near cr0 1nx.'), file: governance, at: 'cr0 1nx', message: /full postcode/ },
  { name: 'a date of birth in words', files: appendTo(governance, 'She was born on the 3rd of March 2015.'), file: governance, at: 'born on the 3rd', message: /date of birth/ },
  { name: 'an NHS number', files: appendTo(governance, 'His NHS number is 943 476 5919.'), file: governance, at: '943 476 5919', message: /NHS number/ },
  { name: 'a National Insurance number', files: appendTo(governance, 'Her number is QQ123456C.'), file: governance, at: 'QQ123456C', message: /National Insurance number/ },
  { name: 'a child’s name and age', files: appendTo(governance, 'Amelia Thornbury, aged 7, was seen twice.'), file: governance, at: 'Amelia Thornbury', message: /a name together with an age/ },
  { name: 'an email address spelt out', files: appendTo(governance, 'Write to jane dot smith at gmail dot com.'), file: governance, at: 'jane dot smith', message: /personal email address/ },
  { name: 'a closing script tag in a title', files: edit(figures, '    label: Referral rate', '    label: Referral rate</script>'), file: figures, at: '</script>', message: /a script/ },
  { name: 'a bidi override in a name', files: edit(scrutineer, 'name: Sam Example', 'name: Sam \u202EelpmaxE'), file: scrutineer, at: '\u202E', message: /invisible character \(U\+202E, right-to-left override\)/ },
  { name: 'a zero-width space in a name', files: edit(scrutineer, 'name: Sam Example', 'name: Sam Exa\u200Bmple'), file: scrutineer, at: '\u200B', message: /zero-width space/ },
  { name: 'a label of 300 characters', files: edit(figures, '    label: Referral rate', `    label: Referral rate ${'and more '.repeat(32)}`), file: figures, at: 'label: Referral rate and more', message: /too long for a label/ },
  { name: 'a label of a million characters', files: edit(figures, '    label: Referral rate', `    label: Referral rate ${'x'.repeat(1024 * 1024)}`), file: figures, message: /far larger than any part of a report/ },
  { name: 'a year folder starting with dots', files: { [`content/..${year}/governance.md`]: original(governance) }, file: `content/..${year}/`, message: /not named like a reporting year/ },
  { name: 'a year folder ending in a space', files: { [`data/${year} /report.yaml`]: original(report) }, file: `data/${year} /`, message: /not named like a reporting year/ },
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
  for (const broken of cases) {
    it(`stops on ${broken.name}, naming the file and line, and leaves dist/ untouched`, async () => {
      const copy = fixtureCopy('minimal', broken.files);
      try {
        await tinyPicture(join(copy.root, 'content', year, 'images', 'meeting.png'));
        await broken.prepare?.(copy.root);
        const outDir = join(copy.root, 'dist');
        mkdirSync(join(outDir, year), { recursive: true });
        writeFileSync(join(outDir, 'index.html'), '<!doctype html><title>The last good build</title>');
        writeFileSync(join(outDir, year, 'index.html'), '<!doctype html><title>The last good report</title>');
        const before = fingerprint(outDir);
        const output: string[] = [];
        const ok = await runBuild({ root: copy.root, outDir, log: (line) => output.push(line), error: (line) => output.push(line), pdfCacheDir: join(copy.root, '.cache', 'pdfs') });
        const text = output.join('\n');

        assert.equal(ok, false, text);
        const where = broken.at === undefined ? (broken.file.endsWith('/') ? 'whole folder' : 'whole file') : `line ${lineOf(readFileSync(join(copy.root, broken.file), 'utf8'), broken.at)}`;
        const errors = reportFor(text, broken.file).split('\n').filter((entry) => entry.startsWith('  Error at '));
        assert.ok(
          errors.some((entry) => (entry.startsWith(`  Error at ${where},`) || entry.startsWith(`  Error at ${where}:`) || entry.startsWith(`  Error at ${where} (`)) && broken.message.test(entry)),
          `expected an error at ${broken.file} ${where} matching ${broken.message}; the report says:\n${text}`,
        );
        assert.equal(existsSync(join(process.cwd(), '..', 'marker')), false, 'content ran code');
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
