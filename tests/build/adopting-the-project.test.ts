import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { after, describe, it } from 'node:test';
import { parse } from 'yaml';
import { appRoot, fixtures } from '../helpers/paths.ts';

const westvale = [
  '--name', 'Westvale Safeguarding Children Partnership',
  '--short-name', 'WSCP',
  '--area', 'Westvale',
  '--website', 'https://www.westvalescp.example.org',
  '--site-url', 'https://report.westvalescp.example.org',
  '--council', 'Westvale County Council',
  '--health', 'NHS Westvale Integrated Care Board',
  '--police', 'Westvale Police',
  '--agency', 'Westvale Hospitals NHS Trust',
  '--primary', '#2b4a1e',
  '--accent', '#8a3b12',
  '--first-year', '2030-31',
];
const command = (script: string, root: string, args: string[] = []) =>
  spawnSync(process.execPath, [join(appRoot, 'src/build', script), ...args], { env: { ...process.env, CONTENT_ROOT: root, PDF_CACHE_DIR: join(root, '.cache', 'pdfs') }, encoding: 'utf8' });

/** Every file of a built site as text a reader could get: pages and files as they are, search fragments unzipped, PDFs as their text and metadata. */
function readableTexts(dist: string): Map<string, string> {
  const texts = new Map<string, string>();
  for (const entry of readdirSync(dist, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = join(entry.parentPath, entry.name);
    const bytes = readFileSync(file);
    let text: string;
    if (entry.name.endsWith('.pdf')) text = execFileSync('pdftotext', [file, '-']).toString() + execFileSync('pdfinfo', [file]).toString();
    else if (bytes[0] === 0x1f && bytes[1] === 0x8b) text = gunzipSync(bytes).toString('utf8');
    else if (/\.(woff2?|wasm|png|jpe?g|webp)$/.test(entry.name)) continue;
    else text = bytes.toString('utf8');
    texts.set(relative(dist, file), text);
  }
  return texts;
}

describe('another partnership adopting the project', () => {
  // A fork: the repository's own content, which is Croydon's, ready to be made another partnership's.
  const fork = mkdtempSync(join(tmpdir(), 'report-fork-'));
  for (const folder of ['data', 'content']) cpSync(join(appRoot, folder), join(fork, folder), { recursive: true });
  after(() => rmSync(fork, { recursive: true, force: true }));

  it('makes the fork the new partnership’s with npm run init, keeping what is national', () => {
    const result = command('init-partnership.ts', fork, westvale);
    assert.equal(result.status, 0, result.stderr);
    const settings = parse(readFileSync(join(fork, 'data/partnership.yaml'), 'utf8'));
    assert.equal(settings.shortName, 'WSCP');
    assert.deepEqual(settings.partners.map((partner: { id: string; role: string }) => [partner.id, partner.role]), [
      ['westvale-county-council', 'statutory'],
      ['nhs-westvale-integrated-care-board', 'statutory'],
      ['westvale-police', 'statutory'],
      ['westvale-hospitals-nhs-trust', 'relevant-agency'],
    ]);
    assert.deepEqual(readdirSync(join(fork, 'data')).filter((name) => /^\d{4}-\d{2}$/.test(name)), ['2030-31']);
    assert.deepEqual(parse(readFileSync(join(fork, 'data/glossary.yaml'), 'utf8')).terms, []);
    assert.match(readFileSync(join(fork, 'data/glossary.yaml'), 'utf8'), /#   - abbreviation: WSCP\n#     expansion: Westvale Safeguarding Children Partnership\n/, 'its example is the partnership’s own name');
    const privacy = parse(readFileSync(join(fork, 'data/privacy.yaml'), 'utf8'));
    assert.deepEqual(privacy.organisationalEmailDomains, ['westvalescp.example.org']);
    assert.deepEqual([privacy.doNotPublish, privacy.exceptions], [[], []]);
    const check = command('check-content.ts', fork);
    assert.equal(check.status, 0, check.stderr);
  });

  it('refuses colours that cannot be read, saying which option, and changes nothing', () => {
    const before = readFileSync(join(fork, 'data/partnership.yaml'), 'utf8');
    const result = command('init-partnership.ts', fork, westvale.map((value) => (value === '#2b4a1e' ? '#99cc99' : value)));
    assert.equal(result.status, 1);
    assert.match(result.stderr, /^--primary: The primary colour is used for text and links, but it is too light/m);
    assert.equal(readFileSync(join(fork, 'data/partnership.yaml'), 'utf8'), before);
  });

  it('builds a published year with no trace of the previous partnership anywhere a reader can get', () => {
    // A small year, written as the new partnership's business team would.
    for (const folder of ['data', 'content']) {
      rmSync(join(fork, folder, '2030-31'), { recursive: true, force: true });
      cpSync(join(fixtures, 'minimal', folder, '2030-31'), join(fork, folder, '2030-31'), { recursive: true });
    }
    // The team adds the names its year uses (the cover report's officers) to its own word list.
    const names = readFileSync(join(fixtures, 'minimal', 'data/words.txt'), 'utf8');
    writeFileSync(join(fork, 'data/words.txt'), `${readFileSync(join(fork, 'data/words.txt'), 'utf8').trimEnd()}\n${names}`);
    const income = join(fork, 'data/2030-31/income-and-expenditure.yaml');
    writeFileSync(income, readFileSync(income, 'utf8').replace('redbrook-council', 'westvale-county-council').replace('redbrook-police', 'westvale-police'));
    const published = command('publish-year.ts', fork, ['2030-31']);
    assert.equal(published.status, 0, published.stderr);
    const built = command('build-site.ts', fork);
    assert.equal(built.status, 0, built.stderr);
    const dist = join(fork, 'dist');
    assert.ok(existsSync(join(dist, '2030-31', 'wscp-annual-report-2030-31.pdf')), 'files are named after the new short name');
    const texts = readableTexts(dist);
    assert.ok(texts.size > 10);
    // Neither Croydon's nor the fixture partnership's (whose year was copied in) names or colours.
    const previous = /croydon|cscp|#1d4f7c|#b3186d|redbrook|rscp|#5c2a56|#2e6a86/i;
    const traces = [...texts].filter(([, text]) => previous.test(text)).map(([file, text]) => `${file}: ${new RegExp(`.{0,40}(${previous.source}).{0,40}`, 'is').exec(text)?.[0]}`);
    assert.deepEqual(traces, []);
    assert.match(texts.get('2030-31/wscp-annual-report-2030-31.pdf') ?? '', /Author:\s+Westvale Safeguarding Children Partnership/);
    assert.match(texts.get('favicon.svg') ?? '', /#2b4a1e/);
  });
});

describe('new-year in a repository with no year yet', () => {
  it('starts the first year', () => {
    const root = mkdtempSync(join(tmpdir(), 'report-empty-'));
    try {
      cpSync(join(fixtures, 'minimal', 'data'), join(root, 'data'), { recursive: true, filter: (source) => !/2030-31/.test(source) });
      const result = command('new-year.ts', root, ['2030-31']);
      assert.equal(result.status, 0, result.stderr);
      assert.ok(existsSync(join(root, 'data/2030-31/report.yaml')));
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
