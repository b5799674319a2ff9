import type { PDFDocument } from 'pdf-lib';
import { describeLinks, type PrintedLink } from './link-descriptions.ts';
import { wrapListItemBodies } from './list-structure.ts';
import { markArtifacts } from './mark-artifacts.ts';
import { mapStructureTypes } from './role-map.ts';

/**
 * What Chromium's tagged PDF lacks for PDF/UA-1, repaired in place, one rule
 * per module. (Chromium already sets /Tabs /S and DisplayDocTitle; the tests
 * check those too; the XMP metadata, 7.1-8, is written with the document's
 * other facts when it is saved.) Nothing here knows which document it is
 * repairing, so any print page gets the same treatment.
 */
export function repairForPdfUa(document: PDFDocument, links: readonly PrintedLink[]): void {
  const { unrepairable, pagesWithoutContent } = markArtifacts(document);
  if (pagesWithoutContent.length > 0) throw new Error(`Page(s) ${pagesWithoutContent.join(', ')} came out blank: nothing on them is the document's own content.`);
  if (unrepairable > 0) throw new Error(`${unrepairable} untagged text object(s) share a text object with tagged text, so they cannot be marked as artifacts.`);
  mapStructureTypes(document);
  wrapListItemBodies(document);
  describeLinks(document, links);
}
