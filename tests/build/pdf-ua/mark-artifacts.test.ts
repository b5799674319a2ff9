import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PDFRawStream } from 'pdf-lib';
import { markArtifacts } from '../../../src/build/pdf-ua/mark-artifacts.ts';
import { pdfJsFromBytes } from '../../helpers/built-pdfs.ts';
import { textByMarking, unmarkedPainting } from '../../helpers/pdf-content.ts';
import { loadRawPrint } from '../../helpers/raw-print.ts';

describe('marking decoration as artifacts', () => {
  it('leaves nothing painted outside tagged content or an artifact, where Chromium left some', async () => {
    const document = await loadRawPrint();
    const before = await unmarkedPainting(await pdfJsFromBytes(await document.save()));
    assert.ok(before.every((count) => count > 0), `Chromium left untagged content on every page: ${before}`);
    const { marked, unrepairable, pagesWithoutContent } = markArtifacts(document);
    assert.ok(marked > 0);
    assert.equal(unrepairable, 0);
    assert.deepEqual(pagesWithoutContent, []);
    assert.deepEqual(await unmarkedPainting(await pdfJsFromBytes(await document.save())), before.map(() => 0));
  });

  it('keeps every tagged word tagged, and makes artifacts only of the margin boxes and the aria-hidden arrow', async () => {
    const document = await loadRawPrint();
    const before = await textByMarking(await pdfJsFromBytes(await document.save()));
    markArtifacts(document);
    const after = await textByMarking(await pdfJsFromBytes(await document.save()));
    assert.deepEqual(after.map((page) => page.tagged), before.map((page) => page.tagged));
    assert.deepEqual(after.map((page) => page.artifact.map((item) => item.text).join('')), ['Running headPage 1 of 2▲', 'Running headPage 2 of 2']);
  });

  it('says which pages have nothing of their own on them', async () => {
    const document = await loadRawPrint();
    document.addPage();
    assert.deepEqual(markArtifacts(document).pagesWithoutContent, [3]);
  });
});

describe('rewriting page content', () => {
  it('leaves no replaced content stream behind in the file', async () => {
    const document = await loadRawPrint();
    const streams = () => document.context.enumerateIndirectObjects().filter(([, object]) => object instanceof PDFRawStream).length;
    const before = streams();
    markArtifacts(document);
    assert.equal(streams(), before);
  });
});
