import { decodePDFRawStream, PDFArray, PDFName, PDFRawStream, PDFStream, type PDFDocument, type PDFPage } from 'pdf-lib';

/** A page's content, its streams decoded and joined (PDF 32000-1, 7.8.2: an array of streams reads as one). */
export function readPageContent(document: PDFDocument, page: PDFPage): Uint8Array {
  const contents = page.node.get(PDFName.of('Contents'));
  const refs = contents instanceof PDFArray ? contents.asArray() : contents ? [contents] : [];
  const parts = refs.map((ref) => {
    const stream = document.context.lookup(ref);
    if (stream instanceof PDFRawStream) return decodePDFRawStream(stream).decode();
    if (stream instanceof PDFStream) return stream.getContents();
    throw new Error(`Page content is not a stream: ${ref}`);
  });
  const joined = new Uint8Array(parts.reduce((sum, part) => sum + part.length + 1, 0));
  let at = 0;
  for (const part of parts) {
    joined.set(part, at);
    joined[at + part.length] = 0x0a;
    at += part.length + 1;
  }
  return joined;
}

/** Replaces a page's content with one compressed stream. */
export function writePageContent(document: PDFDocument, page: PDFPage, bytes: Uint8Array): void {
  page.node.set(PDFName.of('Contents'), document.context.register(document.context.flateStream(bytes)));
}
