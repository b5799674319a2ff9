import { PDFArray, PDFDict, PDFName, PDFNumber, PDFRef, type PDFDocument, type PDFObject } from 'pdf-lib';

/** One structure element of the tag tree, with the reference other objects use for it. */
export interface StructElement {
  ref: PDFRef;
  dict: PDFDict;
}

export function structTreeRoot(document: PDFDocument): PDFDict {
  const root = document.catalog.lookupMaybe(PDFName.of('StructTreeRoot'), PDFDict);
  if (!root) throw new Error('The PDF has no tag tree: it was not printed with tagging on.');
  return root;
}

/** An element's /K as a list: child elements (by reference), marked-content ids, and MCR or OBJR dictionaries. */
export function structKids(dict: PDFDict): PDFObject[] {
  const kids = dict.get(PDFName.of('K'));
  if (kids instanceof PDFArray) return kids.asArray();
  return kids ? [kids] : [];
}

export const typeOf = (dict: PDFDict): string => dict.lookupMaybe(PDFName.of('S'), PDFName)?.decodeText() ?? '';

/** Every structure element, parents before their children, in document order. */
export function structElements(document: PDFDocument): StructElement[] {
  const found: StructElement[] = [];
  const visit = (kids: PDFObject[]) => {
    for (const kid of kids) {
      if (!(kid instanceof PDFRef)) continue;
      const dict = document.context.lookup(kid);
      if (!(dict instanceof PDFDict) || dict.has(PDFName.of('Type')) && !dict.lookupMaybe(PDFName.of('S'), PDFName)) continue;
      found.push({ ref: kid, dict });
      visit(structKids(dict));
    }
  };
  visit(structKids(structTreeRoot(document)));
  return found;
}

/** The parent tree (PDF 32000-1, 14.7.4.4) as a map from key to entry, read through any /Kids. */
export function parentTree(document: PDFDocument): Map<number, PDFObject> {
  const entries = new Map<number, PDFObject>();
  const visit = (node: PDFDict | undefined) => {
    if (!node) return;
    const nums = node.lookupMaybe(PDFName.of('Nums'), PDFArray);
    for (let index = 0; nums && index < nums.size(); index += 2) {
      entries.set((nums.lookup(index, PDFNumber) as PDFNumber).asNumber(), nums.get(index + 1));
    }
    const kids = node.lookupMaybe(PDFName.of('Kids'), PDFArray);
    for (let index = 0; kids && index < kids.size(); index++) visit(kids.lookup(index, PDFDict) as PDFDict);
  };
  visit(structTreeRoot(document).lookupMaybe(PDFName.of('ParentTree'), PDFDict));
  return entries;
}
