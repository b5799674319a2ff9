import { PDFDocument } from 'pdf-lib';
import { repairOutlineTitles } from './pdf-outline.ts';

export interface PdfMetadata {
  title: string;
  author: string;
  subject: string;
  keywords: string[];
  language: string;
}

/**
 * Chromium sets only the title and language; clerks' document systems file a
 * PDF by its author and subject too. pdf-lib rewrites the info dictionary and
 * keeps the rest of the file, tags and outline included.
 */
export async function setPdfMetadata(
  bytes: Uint8Array,
  metadata: PdfMetadata,
  headings: readonly string[] = [],
): Promise<{ bytes: Uint8Array; pages: number }> {
  const document = await PDFDocument.load(bytes, { updateMetadata: false });
  repairOutlineTitles(document, headings);
  document.setTitle(metadata.title, { showInWindowTitleBar: true });
  document.setAuthor(metadata.author);
  document.setSubject(metadata.subject);
  document.setKeywords(metadata.keywords);
  document.setLanguage(metadata.language);
  document.setCreator('Safeguarding annual report builder');
  document.setProducer('Chromium with Paged.js; pdf-lib');
  return { bytes: await document.save(), pages: document.getPageCount() };
}
