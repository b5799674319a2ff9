import { PDFDict, PDFName, type PDFDocument } from 'pdf-lib';
import { structElements, structTreeRoot, typeOf } from './struct-tree.ts';

/** The structure types PDF 1.7 defines (PDF 32000-1, 14.8.4): PDF/UA-1 accepts only these, or others role-mapped to them. */
export const standardStructureTypes = new Set(
  'Document Part Art Sect Div BlockQuote Caption TOC TOCI Index NonStruct Private P H H1 H2 H3 H4 H5 H6 L LI Lbl LBody Table TR TH TD THead TBody TFoot Span Quote Note Reference BibEntry Code Link Annot Ruby RB RT RP Warichu WT WP Figure Formula Form'.split(' '),
);

/** PDF 2.0 types Chromium writes into its PDF 1.7 files, and the PDF 1.7 type each stands for. */
const pdf17Equivalents: Record<string, string> = { Strong: 'Span', Em: 'Span', Aside: 'Sect', Title: 'P', Sub: 'Span', FENote: 'Note', DocumentFragment: 'Div' };

/**
 * PDF/UA-1 7.1-5: a structure type PDF 1.7 does not define needs a RoleMap
 * entry. Without one, poppler and older readers drop the element's text (the
 * child version's "Worried?" box is an Aside). The types themselves are kept,
 * so a PDF 2.0 reader still knows the text is emphasised.
 */
export function mapStructureTypes(document: PDFDocument): string[] {
  const used = new Set(structElements(document).map(({ dict }) => typeOf(dict)));
  const root = structTreeRoot(document);
  const roleMap = root.lookupMaybe(PDFName.of('RoleMap'), PDFDict) ?? document.context.obj({});
  const mapped: string[] = [];
  for (const type of [...used].filter((candidate) => !standardStructureTypes.has(candidate)).sort()) {
    if (roleMap.has(PDFName.of(type))) continue;
    const standard = pdf17Equivalents[type];
    if (!standard) throw new Error(`The PDF's tag tree uses the structure type ${type}, which PDF 1.7 does not define and the role map does not know: add it to pdf17Equivalents in ${import.meta.url}.`);
    roleMap.set(PDFName.of(type), PDFName.of(standard));
    mapped.push(type);
  }
  if (mapped.length > 0) root.set(PDFName.of('RoleMap'), roleMap);
  return mapped;
}
