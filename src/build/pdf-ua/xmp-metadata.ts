import { PDFName, type PDFDocument } from 'pdf-lib';

export interface XmpFacts {
  title: string;
  author: string;
  subject: string;
  keywords: readonly string[];
  language: string;
  producer: string;
  creatorTool: string;
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The XMP packet PDF/UA-1 asks for (7.1-8, 7.1-9): the PDF/UA identifier, the title, and the rest of the document's facts. */
export function xmpPacket(facts: XmpFacts): string {
  const alt = (text: string) => `<rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(text)}</rdf:li></rdf:Alt>`;
  return [
    '<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>',
    '<x:xmpmeta xmlns:x="adobe:ns:meta/">',
    ' <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
    '  <rdf:Description rdf:about=""',
    '    xmlns:dc="http://purl.org/dc/elements/1.1/"',
    '    xmlns:pdf="http://ns.adobe.com/pdf/1.3/"',
    '    xmlns:xmp="http://ns.adobe.com/xap/1.0/"',
    '    xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">',
    '   <pdfuaid:part>1</pdfuaid:part>',
    `   <dc:title>${alt(facts.title)}</dc:title>`,
    `   <dc:creator><rdf:Seq><rdf:li>${escapeXml(facts.author)}</rdf:li></rdf:Seq></dc:creator>`,
    `   <dc:description>${alt(facts.subject)}</dc:description>`,
    `   <dc:language><rdf:Bag><rdf:li>${escapeXml(facts.language)}</rdf:li></rdf:Bag></dc:language>`,
    `   <dc:subject><rdf:Bag>${facts.keywords.map((keyword) => `<rdf:li>${escapeXml(keyword)}</rdf:li>`).join('')}</rdf:Bag></dc:subject>`,
    `   <pdf:Keywords>${escapeXml(facts.keywords.join(', '))}</pdf:Keywords>`,
    `   <pdf:Producer>${escapeXml(facts.producer)}</pdf:Producer>`,
    `   <xmp:CreatorTool>${escapeXml(facts.creatorTool)}</xmp:CreatorTool>`,
    '  </rdf:Description>',
    ' </rdf:RDF>',
    '</x:xmpmeta>',
    '<?xpacket end="w"?>',
  ].join('\n');
}

/** Attaches the packet to the catalogue as an uncompressed metadata stream, so any tool can read it. */
export function setXmpMetadata(document: PDFDocument, facts: XmpFacts): void {
  const stream = document.context.stream(new TextEncoder().encode(xmpPacket(facts)), { Type: 'Metadata', Subtype: 'XML' });
  document.catalog.set(PDFName.of('Metadata'), document.context.register(stream));
}
