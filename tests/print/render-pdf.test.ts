import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { PDFName } from 'pdf-lib';
import { PdfRenderError, renderPdf } from '../../src/build/render-pdf.ts';
import { useBrowserAndServer } from '../helpers/browser.ts';
import { pageTexts } from '../helpers/pdf.ts';

const dir = mkdtempSync(join(tmpdir(), 'render-pdf-'));
const paragraphs = Array.from({ length: 60 }, (_, index) => `<p>Paragraph ${index + 1} of a document long enough for two pages.</p>`).join('');
const page = (title: string, body: string) =>
  `<!doctype html><html lang="en-GB"><head><title>${title}</title><style>@page { size: A4 } a[href^="#"] { --page-reference: in-brackets }</style></head><body>${body}</body></html>`;
writeFileSync(join(dir, 'good.html'), page('Good', `<h1>Good</h1><p><a href="#end">To the end</a></p>${paragraphs}<h2 id="end">The end</h2><p>Last words.</p>`));
// A contents list whose entries lead to sections each starting on a later page.
const contentsPage = `<!doctype html><html lang="en-GB"><head><title>Contents</title><style>@page { size: A4 } nav a { --page-reference: number } nav a .page-reference::before { content: " … " } section { break-before: page }</style></head><body>
<h1>Contents</h1><nav><ol><li><a href="#first">First part</a></li><li><a href="#second">Second part</a></li></ol></nav>${paragraphs}
<section><h2 id="first">First part</h2>${paragraphs}${paragraphs}</section><section><h2 id="second">Second part</h2><p>Last words.</p></section></body></html>`;
writeFileSync(join(dir, 'contents.html'), contentsPage);
writeFileSync(join(dir, 'script-error.html'), page('Bad', `<h1>Bad</h1>${paragraphs}<img src="/missing.png" alt="A missing picture">`));
writeFileSync(join(dir, 'nowhere.html'), page('Nowhere', `<h1>Nowhere</h1><p><a href="#gone">A lost link</a></p>${paragraphs}`));
writeFileSync(join(dir, 'empty.html'), page('Empty', ''));

const shared = useBrowserAndServer(dir, { before, after });
after(() => rmSync(dir, { recursive: true, force: true }));

describe('rendering a print page to PDF', () => {
  it('returns the tagged PDF with its page count, headings and links', async () => {
    const pdf = await renderPdf(shared.browser, `${shared.server.origin}/good.html`);
    assert.ok(pdf.pages >= 2);
    assert.deepEqual(pdf.headings, ['Good', 'The end']);
    assert.deepEqual(pdf.links, [{ href: '#end', text: 'To the end' }]);
    assert.ok(pdf.document.catalog.get(PDFName.of('StructTreeRoot')), 'tagged');
  });

  it('writes after a link the page its target landed on', async () => {
    const pdf = await renderPdf(shared.browser, `${shared.server.origin}/good.html`);
    const file = join(dir, 'good.pdf');
    writeFileSync(file, await pdf.document.save());
    const pages = pageTexts(file);
    const landed = pages.findIndex((text) => text.includes('The end')) + 1;
    assert.ok(landed >= 2, 'the heading is beyond the first page, so the test means something');
    assert.ok(pages[0].includes(`To the end (page ${landed})`), pages[0].slice(0, 200));
  });

  it('gives each contents entry the page number its section starts on', async () => {
    const pdf = await renderPdf(shared.browser, `${shared.server.origin}/contents.html`);
    const file = join(dir, 'contents.pdf');
    writeFileSync(file, await pdf.document.save());
    const pages = pageTexts(file);
    const startsOn = (heading: string) => pages.findIndex((text, index) => index > 0 && text.includes(heading)) + 1;
    const [first, second] = [startsOn('First part'), startsOn('Second part')];
    assert.ok(first >= 2 && second > first + 1, `the sections start on pages ${first} and ${second}, so an entry one page out shows`);
    assert.match(pages[0], new RegExp(`First part … ${first}\\b`));
    assert.match(pages[0], new RegExp(`Second part … ${second}\\b`));
  });

  it('fails, naming the page, when something it needs is missing', async () => {
    await assert.rejects(renderPdf(shared.browser, `${shared.server.origin}/script-error.html`), (error: Error) => {
      assert.ok(error instanceof PdfRenderError);
      assert.match(error.message, /script-error\.html/);
      assert.match(error.message, /missing\.png answered 404/);
      return true;
    });
  });

  it('fails, naming the link, when a link leads nowhere in the page', async () => {
    await assert.rejects(renderPdf(shared.browser, `${shared.server.origin}/nowhere.html`), /nowhere\.html.*#gone/s);
  });

  it('fails rather than make a blank PDF', async () => {
    await assert.rejects(renderPdf(shared.browser, `${shared.server.origin}/empty.html`), /only 0 characters/);
  });
});
