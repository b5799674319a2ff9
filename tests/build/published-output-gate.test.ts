import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, it } from 'node:test';
import { Document, ExternalHyperlink, Packer, Paragraph, TextRun } from 'docx';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { publishedOutputGate } from '../../src/build/published-output-gate.ts';
import { publishedText } from '../../src/build/published-text.ts';
import { runBuild } from '../../src/build/run-build.ts';
import { SourceIndex } from '../../src/model/load/source-files.ts';
import { strictPrivacy, type Privacy } from '../../src/model/schemas/privacy.ts';
import { fingerprint } from '../helpers/fingerprint.ts';
import { fixtureCopy } from '../helpers/fixture-copy.ts';
import { fixtures } from '../helpers/paths.ts';

const privacy: Privacy = { ...strictPrivacy, doNotPublish: [{ name: 'Tallulah Brightwater' }] };

/** One of each kind of personal data, as an editor might write it. */
const planted: Record<string, string> = {
  phone: '07400 123456',
  email: 'jane.smith@gmail.com',
  'spelt-out email': 'jane dot smith at gmail dot com',
  postcode: 'cr0 1nx',
  'date of birth': 'born on the 3rd of March 2015',
  'NHS number': '943 476 5919',
  'National Insurance number': 'QQ 12 34 56 C',
  'name with an age': 'Amelia Thornbury, aged 7',
  'do-not-publish name': 'Tallulah Brightwater',
};

/** A source file holding each planted text on its own line, as the loader keeps it. */
const sourceFile = 'data/2030-31/report.yaml';
const sourceText = ['# where each was written', ...Object.entries(planted).map(([kind, text]) => `${kind.replace(/\W+/g, '')}: ${text}`)].join('\n');
const lineOf = (text: string) => sourceText.split('\n').findIndex((line) => line.endsWith(text)) + 1;
const sources = new SourceIndex();
sources.add({ file: sourceFile, text: sourceText });
sources.add({ file: 'data/privacy.yaml', text: 'doNotPublish:\n  - name: Tallulah Brightwater\n' });

async function pdfWith(lines: string[], metadata?: string): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  const font = await document.embedFont(StandardFonts.Helvetica);
  const page = document.addPage([595, 842]);
  lines.forEach((line, index) => page.drawText(line, { x: 50, y: 780 - index * 20, size: 11, font }));
  if (metadata) document.setSubject(metadata);
  document.setTitle('Annual report');
  return document.save();
}

async function docxWith(paragraph: Paragraph): Promise<Buffer> {
  return Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('Cover report'), paragraph] }] }));
}

/** Each place a reader can get text from, planting the text there in a built-site folder. */
const places: Record<string, (dir: string, text: string) => Promise<void> | void> = {
  'a page’s text': (dir, text) => writeFileSync(join(dir, 'index.html'), `<!doctype html><title>Report</title><p>We met <strong>${text.split(' ')[0]}</strong> ${text.split(' ').slice(1).join(' ')} there.</p>`),
  'a title attribute': (dir, text) => writeFileSync(join(dir, 'index.html'), `<!doctype html><title>Report</title><p><abbr title="${text}">X</abbr></p>`),
  'alternative text': (dir, text) => writeFileSync(join(dir, 'index.html'), `<!doctype html><title>Report</title><img src="/a.png" alt="${text}">`),
  'a mailto: or tel: link': (dir, text) => writeFileSync(join(dir, 'index.html'), `<!doctype html><title>Report</title><a href="mailto:${encodeURIComponent(text)}">Write to us</a>`),
  'a PDF’s text': async (dir, text) => writeFileSync(join(dir, 'report.pdf'), await pdfWith(['The report says that', text, 'and more.'])),
  'a PDF’s metadata': async (dir, text) => writeFileSync(join(dir, 'report.pdf'), await pdfWith(['Nothing personal here.'], text)),
  'the search index': (dir, text) => {
    mkdirSync(join(dir, 'pagefind', 'fragment'), { recursive: true });
    writeFileSync(join(dir, 'pagefind', 'fragment', 'en_1.pf_fragment'), gzipSync(`pagefind_dcd${JSON.stringify({ url: '/', content: `Summary. ${text}. More.`, meta: { title: 'Report' } })}`));
  },
  'a Word document’s text': async (dir, text) => writeFileSync(join(dir, 'cover-report.docx'), await docxWith(new Paragraph({ children: [new TextRun('The report says that '), new TextRun({ text, bold: true })] }))),
  'a Word document’s link': async (dir, text) =>
    writeFileSync(join(dir, 'cover-report.docx'), await docxWith(new Paragraph({ children: [new ExternalHyperlink({ link: `mailto:${encodeURIComponent(text)}`, children: [new TextRun('Write to us')] })] }))),
  'a CSV download': (dir, text) => writeFileSync(join(dir, 'figures.csv'), `label,value\n"${text}",4\n`),
  'a JSON download': (dir, text) => writeFileSync(join(dir, 'figures.json'), JSON.stringify({ figures: [{ label: text, value: 4 }] })),
};

describe('the check of the built site', () => {
  for (const [place, plant] of Object.entries(places)) {
    it(`finds every kind of personal data in ${place}, naming the line it was written on`, async () => {
      for (const [kind, text] of Object.entries(planted)) {
        const dir = mkdtempSync(join(tmpdir(), 'gate-'));
        try {
          await plant(dir, text);
          const problems = await publishedOutputGate(dir, { sources, privacy, privacyFile: 'data/privacy.yaml' });
          const problem = problems.find((entry) => entry.file === sourceFile && entry.line === lineOf(text));
          assert.ok(problem, `${kind} in ${place}: ${JSON.stringify(problems, null, 2)}`);
          assert.equal(problem.severity, 'error');
          assert.match(problem.message, /It is in the built site: dist\//);
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      }
    });
  }

  it('lets a reviewed exception through, for the file the text was written in', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gate-'));
    try {
      places['a CSV download'](dir, planted.phone);
      const excepted: Privacy = { ...privacy, exceptions: [{ file: sourceFile, text: planted.phone, reason: 'The office line.', reviewedBy: 'Business manager', reviewedOn: '2030-10-01' }] };
      assert.deepEqual(await publishedOutputGate(dir, { sources, privacy: excepted, privacyFile: 'data/privacy.yaml' }), []);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('names the built file when no content file holds the text', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gate-'));
    try {
      places['a JSON download'](dir, '07911 765432');
      const [problem] = await publishedOutputGate(dir, { sources, privacy, privacyFile: 'data/privacy.yaml' });
      assert.equal(problem.file, 'dist/figures.json');
      assert.match(problem.fix ?? '', /file: dist\/figures\.json/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('does not read Pagefind’s manifest, whose index hash can be ten digits, but still reads the search index', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gate-'));
    try {
      places['the search index'](dir, planted.phone);
      // A hash Pagefind really wrote: ten digits whose check digit is right, as an NHS number's is.
      writeFileSync(join(dir, 'pagefind', 'pagefind-entry.json'), JSON.stringify({ version: '1.6.0', languages: { en: { hash: 'en_2549618343', wasm: 'en', page_count: 8 } } }));
      const problems = await publishedOutputGate(dir, { sources, privacy, privacyFile: 'data/privacy.yaml' });
      assert.deepEqual(problems.map((problem) => problem.found), [planted.phone], JSON.stringify(problems, null, 2));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('keeps what it read from each PDF by the PDF’s hash, and forgets PDFs no longer built', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gate-'));
    const cache = join(dir, '..', `${dir.split('/').pop()}-text`);
    try {
      await places['a PDF’s text'](dir, planted.phone);
      mkdirSync(cache);
      writeFileSync(join(cache, 'stale.json'), '[]');
      const first = await publishedText(dir, { pdfTextCacheDir: cache });
      const kept = readdirSync(cache);
      assert.equal(kept.length, 1);
      assert.match(kept[0], /^[0-9a-f]{64}\.json$/);
      assert.deepEqual(await publishedText(dir, { pdfTextCacheDir: cache }), first);
      assert.ok(first.some((piece) => piece.output === 'report.pdf' && piece.text.includes(planted.phone)));
    } finally {
      rmSync(dir, { recursive: true, force: true });
      rmSync(cache, { recursive: true, force: true });
    }
  });

  it('stops a real build on a name and age the content check cannot see, naming its line, and leaves dist/ as it was', async () => {
    const governance = 'content/2030-31/governance.md';
    const text = `${readFileSync(join(fixtures, 'minimal', governance), 'utf8').trimEnd()}\n\nThe panel met **Amelia Thornbury**, aged 7, and her family.\n`;
    const copy = fixtureCopy('minimal', { [governance]: text });
    try {
      const outDir = join(copy.root, 'dist');
      mkdirSync(outDir);
      writeFileSync(join(outDir, 'index.html'), '<!doctype html><title>The last good build</title>');
      const before = fingerprint(outDir);
      const output: string[] = [];
      const ok = await runBuild({ root: copy.root, outDir, log: (line) => output.push(line), error: (line) => output.push(line), pdfCacheDir: join(copy.root, '.cache', 'pdfs') });
      const report = output.join('\n');
      assert.equal(ok, false, report);
      const line = text.split('\n').findIndex((entry) => entry.includes('Amelia')) + 1;
      assert.match(report, new RegExp(`${governance}\\n  Error at line ${line}: This gives a name together with an age`));
      assert.match(report, /dist\/2030-31\/index\.html \(the page’s text\)/);
      assert.match(report, /\.pdf \(the PDF’s text\)/);
      assert.match(report, /has been left as it was/);
      assert.deepEqual(fingerprint(outDir), before);
      assert.deepEqual(readdirSync(copy.root).filter((name) => name.includes('staging')), []);
    } finally {
      copy.remove();
    }
  });
});
