import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { PDFArray, PDFDict, PDFHexString, PDFName, PDFString } from 'pdf-lib';
import { checkedSite } from '../helpers/checked-site.ts';
import { annualReportPdfName, childVersionPdfName } from '../../src/model/pdf-file-name.ts';
import { asPrinted } from '../helpers/as-printed.ts';
import { allNodes, builtPdfs, loadWithPdfLib, taggedTexts, tagTree, type TagNode } from '../helpers/built-pdfs.ts';
import { contentRoot, dist } from '../helpers/paths.ts';

const site = await checkedSite(contentRoot);
const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
const decodeEntities = (html: string) =>
  html.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (entity, code: string) =>
    code.startsWith('#x') ? String.fromCodePoint(parseInt(code.slice(2), 16)) : code.startsWith('#') ? String.fromCodePoint(Number(code.slice(1))) : (named[code] ?? entity),
  );
const published = site.years.filter((year) => year.meta.status === 'published');
/** The documents a tag tree holds: the Parts of an agenda pack's Document, one per document it is made of, or else the Document itself. */
const documentsIn = (root: TagNode) => (root.children.length > 1 && root.children.every((child) => child.type === 'Part') ? root.children : [root]);

for (const pdf of builtPdfs()) {
  describe(`${pdf.name}: the tag tree`, () => {
    it('is the document itself (or, in an agenda pack, each document), not one wrapper per page', async () => {
      const [root, ...others] = tagTree(await loadWithPdfLib(pdf.path));
      assert.equal(others.length, 0);
      assert.equal(root.type, 'Document');
      for (const document of documentsIn(root)) assert.equal(document.children.length, 1, `${document.type} holds ${document.children.map((child) => child.type).join(', ')}`);
    });

    it('has each document’s headings in order, one H1 at the top, never skipping a level', async () => {
      for (const document of documentsIn(tagTree(await loadWithPdfLib(pdf.path))[0])) {
        const levels = allNodes([document]).filter((node) => /^H[1-6]$/.test(node.type)).map((node) => Number(node.type[1]));
        assert.equal(levels[0], 1);
        assert.equal(levels.filter((level) => level === 1).length, 1);
        levels.forEach((level, index) => assert.ok(index === 0 || level <= levels[index - 1] + 1, `H${levels[index - 1]} then H${level}`));
      }
    });

    it('gives every figure alternative text, and every header cell its scope', async () => {
      const document = await loadWithPdfLib(pdf.path);
      const nodes = allNodes(tagTree(document));
      assert.deepEqual(nodes.filter((node) => node.type === 'Figure' && !node.dict.has(PDFName.of('Alt'))).length, 0);
      // /A is one attribute dictionary or an array of them.
      const attributes = (node: (typeof nodes)[number]) => {
        const value = document.context.lookup(node.dict.get(PDFName.of('A')));
        return (value instanceof PDFArray ? value.asArray().map((item) => document.context.lookup(item)) : [value]).filter((item) => item instanceof PDFDict);
      };
      const unscoped = nodes.filter((node) => node.type === 'TH' && !attributes(node).some((attribute) => attribute.has(PDFName.of('Scope'))));
      assert.equal(unscoped.length, 0);
    });
  });
}

for (const year of published) {
  describe(`the ${year.id} annual report's tag tree against its web page`, () => {
    const path = join(dist, year.id, annualReportPdfName(site.partnership.shortName, year.id));
    const html = readFileSync(join(dist, year.id, 'index.html'), 'utf8');
    const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));

    it('has one Table, with its caption, for each table on the page, however many pages it runs across', async () => {
      const tables = allNodes(tagTree(await loadWithPdfLib(path))).filter((node) => node.type === 'Table');
      assert.equal(tables.length, (main.match(/<table[\s>]/g) ?? []).length);
      assert.equal(tables.filter((table) => table.children.some((child) => child.type === 'Caption')).length, (main.match(/<caption[\s>]/g) ?? []).length);
    });

    it('has each paragraph of the report as one P, never split in two at a page break', () => {
      const squash = (text: string) => text.replace(/\s+/g, '');
      // The report itself: the web page's own additions (the committee papers) come after it.
      const body = main
        .slice(main.indexOf('<section class="report-section'))
        .split('<section class="committee-papers"')[0]
        // The website's own ways around the page and to its downloads, which the print edition leaves out.
        .replace(/<section class="open-data"[^]*?<\/section>/g, '')
        .replace(/<p class="(?:back-to-contents|table-download)">[^]*?<\/p>/g, '');
      const paragraphs = [...body.matchAll(/<p[\s>][^]*?<\/p>/g)]
        // Words hidden from screen readers (the arrows beside "Up") are artifacts in the PDF, so they are left out.
        .map((match) => squash(decodeEntities(match[0].replace(/<span aria-hidden="true">[^<]*<\/span>/g, '').replace(/<[^>]+>/g, ''))))
        .filter(Boolean);
      // In print a link's address and a cross-reference's page follow its words.
      const tagged = taggedTexts(path, 'P').map((text) => squash(text).replace(/\((https?:\/\/|page)[^)]*\)/g, ''));
      assert.ok(paragraphs.length > 0, 'the report has paragraphs');
      assert.deepEqual(paragraphs.filter((paragraph) => !tagged.includes(paragraph)), []);
    });

    it('describes each chart by its title and summary', async () => {
      const document = await loadWithPdfLib(path);
      const alts = allNodes(tagTree(document)).filter((node) => node.type === 'Figure').map((node) => (node.dict.lookup(PDFName.of('Alt')) as PDFString | PDFHexString).decodeText());
      for (const match of main.matchAll(/<svg[^>]*role="img"[^>]*>\s*<title[^>]*>([^<]+)<\/title>/g)) {
        const title = decodeEntities(match[1]);
        assert.ok(alts.some((alt) => alt.startsWith(title)), `no figure described as "${title}"`);
      }
    });
  });

  if (year.children) {
    describe(`the ${year.id} child version's tag tree`, () => {
      it('holds each big number as text, where a screen reader meets it', () => {
        const tagged = execFileSync('pdfinfo', ['-struct-text', join(dist, year.id, childVersionPdfName(site.partnership.shortName, year.id))], { encoding: 'utf8' });
        for (const featured of year.children!.featuredFigures) {
          const figure = year.headlineFigures!.find((candidate) => candidate.id === featured.figure)!;
          assert.ok(tagged.includes(`"${asPrinted(figure.value!, figure.unit)}"`), `${figure.id}: ${asPrinted(figure.value!, figure.unit)}`);
        }
      });
    });
  }
}
