import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PDFName, PDFRawStream } from 'pdf-lib';
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
    assert.match(xmp, /<dc:title><rdf:Alt><rdf:li xml:lang="x-default">Children &amp; young people: &lt;our year&gt;<\/rdf:li><\/rdf:Alt><\/dc:title>/);
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
