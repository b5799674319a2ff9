import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'mdast-util-to-string';
import { PDFName, PDFRawStream } from 'pdf-lib';
import { visit } from 'unist-util-visit';
import { setXmpMetadata, xmpPacket } from '../../../src/build/pdf-ua/xmp-metadata.ts';
import { loadRawPrint } from '../../helpers/raw-print.ts';

const facts = {
  title: 'Children & young people: <our year>',
  author: 'Croydon Safeguarding Children Partnership',
  subject: 'The annual report',
  keywords: ['CSCP', 'annual report'],
  language: 'en-GB',
  producer: 'Chromium; pdf-lib',
  creatorTool: 'Safeguarding annual report builder',
};

describe('the XMP metadata', () => {
  it('names PDF/UA part 1, the title, the author and the language, with text escaped for XML', () => {
    const xmp = xmpPacket(facts);
    assert.match(xmp, /<pdfuaid:part>1<\/pdfuaid:part>/);
    // Read back as a parser reads it: the title's characters come back as written, and add no element.
    const elements: Element[] = [];
    visit(fromHtml(xmp, { fragment: true }) as Root, 'element', (node: Element) => {
      elements.push(node);
    });
    const title = elements.find((node) => node.tagName === 'dc:title')!;
    assert.equal(toString(title as never), facts.title);
    assert.equal(elements.some((node) => node.tagName === 'our'), false);
    // An ampersand must be escaped too: written bare, "&amp;" in a title would come back as "&".
    const [ampersand] = [xmpPacket({ ...facts, title: 'Fish &amp; chips' })].map((packet) => fromHtml(packet, { fragment: true }) as Root);
    let written = '';
    visit(ampersand, 'element', (node: Element) => {
      if (node.tagName === 'dc:title') written = toString(node as never);
    });
    assert.equal(written, 'Fish &amp; chips');
    assert.match(xmp, /<dc:creator><rdf:Seq><rdf:li>Croydon Safeguarding Children Partnership<\/rdf:li>/);
    assert.match(xmp, /<dc:language><rdf:Bag><rdf:li>en-GB<\/rdf:li><\/rdf:Bag><\/dc:language>/);
    assert.match(xmp, /^<\?xpacket begin="\uFEFF"[^]*<\?xpacket end="w"\?>$/);
  });

  it('is attached to a Chromium PDF, which has none, as an uncompressed metadata stream', async () => {
    const document = await loadRawPrint();
    assert.equal(document.catalog.get(PDFName.of('Metadata')), undefined);
    setXmpMetadata(document, facts);
    const stream = document.catalog.lookup(PDFName.of('Metadata'));
    assert.ok(stream instanceof PDFRawStream);
    assert.equal(stream.dict.lookup(PDFName.of('Type'), PDFName).decodeText(), 'Metadata');
    assert.equal(Buffer.from(stream.getContents()).toString('utf8'), xmpPacket(facts));
  });
});
