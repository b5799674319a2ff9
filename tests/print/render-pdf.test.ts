import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { PdfRenderError, renderPdf } from '../../src/build/render-pdf.ts';
import { useBrowserAndServer } from '../helpers/browser.ts';

const dir = mkdtempSync(join(tmpdir(), 'render-pdf-'));
const paragraphs = Array.from({ length: 60 }, (_, index) => `<p>Paragraph ${index + 1} of a document long enough for two pages.</p>`).join('');
writeFileSync(join(dir, 'good.html'), `<!doctype html><html lang="en-GB"><head><title>Good</title><style>@page { size: A4 }</style></head><body><h1>Good</h1>${paragraphs}</body></html>`);
writeFileSync(join(dir, 'script-error.html'), `<!doctype html><html lang="en-GB"><head><title>Bad</title></head><body><h1>Bad</h1>${paragraphs}<img src="/missing.png" alt="A missing picture"></body></html>`);
writeFileSync(join(dir, 'empty.html'), '<!doctype html><html lang="en-GB"><head><title>Empty</title></head><body></body></html>');

const shared = useBrowserAndServer(dir, { before, after });
after(() => rmSync(dir, { recursive: true, force: true }));

describe('rendering a print page to PDF', () => {
  it('lays out a page with Paged.js and returns the PDF with its page count and headings', async () => {
    const pdf = await renderPdf(shared.browser, `${shared.server.origin}/good.html`);
    assert.ok(pdf.pages >= 2);
    assert.deepEqual(pdf.headings, ['Good']);
    assert.equal(Buffer.from(pdf.bytes.slice(0, 5)).toString(), '%PDF-');
  });

  it('fails, naming the page, when something it needs is missing', async () => {
    await assert.rejects(renderPdf(shared.browser, `${shared.server.origin}/script-error.html`), (error: Error) => {
      assert.ok(error instanceof PdfRenderError);
      assert.match(error.message, /script-error\.html/);
      assert.match(error.message, /missing\.png answered 404/);
      return true;
    });
  });

  it('fails rather than make a blank PDF', async () => {
    await assert.rejects(renderPdf(shared.browser, `${shared.server.origin}/empty.html`), /laid out only|blank/);
  });
});
