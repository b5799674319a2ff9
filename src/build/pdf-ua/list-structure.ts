import { PDFArray, PDFDict, PDFName, PDFNumber, PDFRef, type PDFDocument, type PDFObject } from 'pdf-lib';
import { parentTree, structElements, structKids, typeOf, type StructElement } from './struct-tree.ts';

/**
 * PDF/UA-1 7.2-20: a list item (LI) holds only a label (Lbl) and a body
 * (LBody). Chromium puts what follows the marker straight into the LI: the
 * link of each contents entry, a nested list, a paragraph. Those children are
 * moved, in order, into one new LBody after the label; the parent tree
 * follows, so each piece of content still leads back to its element.
 */
export function wrapListItemBodies(document: PDFDocument): number {
  const tree = parentTree(document);
  let wrapped = 0;
  for (const item of structElements(document).filter(({ dict }) => typeOf(dict) === 'LI')) {
    const kids = structKids(item.dict);
    const loose = kids.filter((kid) => !['Lbl', 'LBody'].includes(kidType(document, kid)));
    if (loose.length === 0) continue;
    const body = document.context.obj({ Type: 'StructElem', S: 'LBody', P: item.ref, K: loose }) as PDFDict;
    const page = item.dict.get(PDFName.of('Pg'));
    if (page) body.set(PDFName.of('Pg'), page);
    const bodyRef = document.context.register(body);
    for (const kid of loose) reparent(document, kid, item, bodyRef, tree);
    const at = kids.findIndex((kid) => loose.includes(kid));
    const rest = kids.filter((kid) => !loose.includes(kid));
    rest.splice(Math.min(at, rest.length), 0, bodyRef);
    item.dict.set(PDFName.of('K'), document.context.obj(rest));
    wrapped++;
  }
  return wrapped;
}

function kidType(document: PDFDocument, kid: PDFObject): string {
  const dict = kid instanceof PDFRef ? document.context.lookup(kid) : kid;
  return dict instanceof PDFDict ? typeOf(dict) : '';
}

/** Points a moved child, and the parent-tree entries of its content, at the new body. */
function reparent(document: PDFDocument, kid: PDFObject, item: StructElement, body: PDFRef, tree: Map<number, PDFObject>): void {
  const dict = kid instanceof PDFRef ? document.context.lookup(kid) : kid;
  if (dict instanceof PDFDict && dict.has(PDFName.of('S'))) {
    dict.set(PDFName.of('P'), body);
    return;
  }
  // Marked content (an MCID, alone or in an MCR) or an annotation (OBJR) owned by the LI itself.
  const pageRef = (dict instanceof PDFDict ? dict.get(PDFName.of('Pg')) : undefined) ?? item.dict.get(PDFName.of('Pg'));
  if (dict instanceof PDFDict && dict.lookupMaybe(PDFName.of('Type'), PDFName)?.decodeText() === 'OBJR') {
    const annotation = document.context.lookup(dict.get(PDFName.of('Obj'))) as PDFDict;
    const key = annotation.lookupMaybe(PDFName.of('StructParent'), PDFNumber)?.asNumber();
    if (key !== undefined) setParentTreeEntry(document, key, undefined, body, tree);
    return;
  }
  const mcid = kid instanceof PDFNumber ? kid.asNumber() : (dict as PDFDict).lookupMaybe(PDFName.of('MCID'), PDFNumber)?.asNumber();
  const pageDict = pageRef ? (document.context.lookup(pageRef) as PDFDict) : undefined;
  const key = pageDict?.lookupMaybe(PDFName.of('StructParents'), PDFNumber)?.asNumber();
  if (mcid === undefined || key === undefined) throw new Error(`A list item's content could not be traced to its page: ${kid}`);
  setParentTreeEntry(document, key, mcid, body, tree);
}

function setParentTreeEntry(document: PDFDocument, key: number, mcid: number | undefined, body: PDFRef, tree: Map<number, PDFObject>): void {
  const entry = tree.get(key);
  if (mcid === undefined) {
    // An annotation's entry is the element itself; the number tree holds it in place, so it is replaced there.
    replaceInNumberTree(document, key, body);
    return;
  }
  const array = (entry instanceof PDFRef ? document.context.lookup(entry) : entry) as PDFArray;
  array.set(mcid, body);
}

function replaceInNumberTree(document: PDFDocument, key: number, value: PDFRef): void {
  const visit = (node: PDFDict | undefined): boolean => {
    if (!node) return false;
    const nums = node.lookupMaybe(PDFName.of('Nums'), PDFArray);
    for (let index = 0; nums && index < nums.size(); index += 2) {
      if ((nums.lookup(index, PDFNumber) as PDFNumber).asNumber() === key) {
        nums.set(index + 1, value);
        return true;
      }
    }
    const kids = node.lookupMaybe(PDFName.of('Kids'), PDFArray);
    for (let index = 0; kids && index < kids.size(); index++) if (visit(kids.lookup(index, PDFDict) as PDFDict)) return true;
    return false;
  };
  const root = document.catalog.lookup(PDFName.of('StructTreeRoot'), PDFDict);
  visit(root.lookupMaybe(PDFName.of('ParentTree'), PDFDict));
}
