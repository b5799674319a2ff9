import type { PDFDocument } from 'pdf-lib';
import type { PrintedLink } from './pdf-ua/link-descriptions.ts';
import { repairForPdfUa } from './pdf-ua/repair-for-pdf-ua.ts';
import { setXmpMetadata } from './pdf-ua/xmp-metadata.ts';
import { repairOutlineTitles } from './pdf-outline.ts';

export interface PdfMetadata {
  title: string;
  author: string;
  subject: string;
  keywords: string[];
  language: string;
}

const creatorTool = 'Safeguarding annual report builder';
const producer = 'Chromium; pdf-lib';

/**
 * Chromium sets only the title and language; clerks' document systems file a
 * PDF by its author and subject too, and PDF/UA needs the same facts as XMP.
 * pdf-lib rewrites the info dictionary, repairs the file for PDF/UA and keeps
 * the rest, tags and outline included.
 */
export async function finishPdf(
  document: PDFDocument,
  metadata: PdfMetadata,
  printed: { headings: readonly string[]; links: readonly PrintedLink[] },
): Promise<{ bytes: Uint8Array; pages: number }> {
  repairOutlineTitles(document, printed.headings);
  repairForPdfUa(document, printed.links);
  return savePdf(document, metadata);
}

/** Writes the document's facts, in the info dictionary and as the XMP PDF/UA asks for (7.1-8, 7.1-9), and saves it. */
export async function savePdf(document: PDFDocument, metadata: PdfMetadata): Promise<{ bytes: Uint8Array; pages: number }> {
  setXmpMetadata(document, { ...metadata, producer, creatorTool });
  document.setTitle(metadata.title, { showInWindowTitleBar: true });
  document.setAuthor(metadata.author);
  document.setSubject(metadata.subject);
  document.setKeywords(metadata.keywords);
  document.setLanguage(metadata.language);
  document.setCreator(creatorTool);
  document.setProducer(producer);
  return { bytes: await document.save({ objectsPerTick: Infinity }), pages: document.getPageCount() };
}
