import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { describePdf, formatFileSize, writePdfFacts } from '../../src/build/describe-pdf-links.ts';

const page = (links: string) =>
  `<!DOCTYPE html><html lang="en-GB"><head><title>T</title><meta content='x' name=a></head><body><p>Before &amp; after</p>${links}<p class=x>end</p></body></html>`;

describe('describing a PDF download link', () => {
  test('the size is given in KB below a megabyte and in MB, to one decimal place, above', () => {
    assert.equal(formatFileSize(500), '1 KB');
    assert.equal(formatFileSize(367_616), '359 KB');
    assert.equal(formatFileSize(1_153_434), '1.1 MB');
  });

  test('one page is "1 page" and more are "pages"', () => {
    assert.equal(describePdf({ bytes: 2048, pages: 1 }), 'PDF, 2 KB, 1 page');
    assert.equal(describePdf({ bytes: 2048, pages: 53 }), 'PDF, 2 KB, 53 pages');
  });

  test('only the marked text changes: the rest of the page stays exactly as it was written', () => {
    const html = page('<a href="/a.pdf">Report</a> <span class="download__facts" data-pdf-facts="/a.pdf">(PDF)</span>');
    const { html: written, described } = writePdfFacts(html, new Map([['/a.pdf', 'PDF, 359 KB, 53 pages']]), 'index.html');
    assert.equal(written, html.replace('>(PDF)<', '>(PDF, 359 KB, 53 pages)<'));
    assert.deepEqual([...described], ['/a.pdf']);
  });

  test('every link to the same PDF is described, and an address with ? + . in it is matched as written', () => {
    const href = '/2024-25/report+v2.pdf?x=1';
    const span = `<span data-pdf-facts="${href.replace('&', '&amp;')}">(PDF)</span>`;
    const { html } = writePdfFacts(page(`${span} and ${span}`), new Map([[href, 'PDF, 2 KB, 3 pages']]), 'index.html');
    assert.equal(html.split('(PDF, 2 KB, 3 pages)').length - 1, 2);
    assert.doesNotMatch(html, />\(PDF\)</);
  });

  test('a link to another address is not touched by this one’s facts', () => {
    const html = page('<span data-pdf-facts="/a.pdf">(PDF)</span><span data-pdf-facts="/a.pdf.pdf">(PDF)</span>');
    const facts = new Map([['/a.pdf', 'PDF, 1 KB, 1 page'], ['/a.pdf.pdf', 'PDF, 9 KB, 9 pages']]);
    const { html: written } = writePdfFacts(html, facts, 'index.html');
    assert.match(written, /"\/a\.pdf">\(PDF, 1 KB, 1 page\)</);
    assert.match(written, /"\/a\.pdf\.pdf">\(PDF, 9 KB, 9 pages\)</);
  });

  test('a link to a PDF that was not made is an error naming the page and the address', () => {
    assert.throws(() => writePdfFacts(page('<span data-pdf-facts="/gone.pdf">(PDF)</span>'), new Map(), 'dist/2024-25/index.html'), /dist\/2024-25\/index\.html links to \/gone\.pdf/);
  });
});
