import { PDFArray, PDFDict, PDFHexString, PDFName, PDFNumber, PDFObjectCopier, PDFPage, PDFPageLeaf, PDFRef, PDFString, type PDFContext, type PDFDocument, type PDFObject } from 'pdf-lib';
import { parentTree, structKids, structTreeRoot, typeOf } from './pdf-ua/struct-tree.ts';

/** One document of a merged PDF: its finished, tagged PDF, its bookmark and the prefix of its page labels ("" or "A-"). */
export interface MergedPart {
  document: PDFDocument;
  bookmark: string;
  pageLabelPrefix: string;
}

const name = PDFName.of;

/**
 * Appends each later document to the first, keeping every page as it was
 * printed (so each keeps its own page numbers) and keeping the PDF tagged:
 * one Document in the tag tree holding a Part per document, each with its
 * own structure; one parent tree, its keys for the later documents' pages
 * and annotations moved past the first's; one role map; one ID tree and one
 * set of named destinations, the later documents' names prefixed so they
 * cannot clash. A viewer shows each document's pages with its own labels
 * ("1"…, "A-1"…), and the outline has a bookmark for each document with that
 * document's own bookmarks under it.
 *
 * pdf-lib's copyPages copies pages but not the tag tree. Here the pages are
 * copied by reference, and then the tag tree and the outline, with the same
 * PDFObjectCopier: the structure's /Pg and the bookmarks' destinations then
 * point at the copied pages, not at second copies of them.
 */
export function mergeTaggedPdfs(parts: readonly MergedPart[]): PDFDocument {
  const [first, ...rest] = parts;
  const target = first.document;
  const root = structTreeRoot(target);
  const documentRef = documentElement(target);
  const entries = [{ part: first, pageRef: target.getPage(0).ref, outline: outlineItems(target) }];
  const replaced = [root.get(name('ParentTree')), root.get(name('IDTree'))];
  const partKids: PDFRef[] = [wrapInPart(target.context, documentRef, target.context.lookup(documentRef, PDFDict), first.bookmark)];
  const labels: PDFObject[] = [PDFNumber.of(0), pageLabel(target, first.pageLabelPrefix)];
  const tree = parentTree(target);
  let nextKey = nextParentTreeKey(root, tree);
  const ids = idTree(target, root);
  const dests = target.catalog.lookupMaybe(name('Dests'), PDFDict) ?? target.context.obj({});

  rest.forEach((part, index) => {
    const source = part.document;
    const prefix = `d${index + 2}-`;
    const copier = PDFObjectCopier.for(source.context, target.context);
    labels.push(PDFNumber.of(target.getPageCount()), pageLabel(target, part.pageLabelPrefix));
    const pages = source.getPages().map((page) => appendPage(target, copier.copy(page.ref)));
    const offset = nextKey;
    for (const page of pages) moveStructParents(target, page, offset, prefix);

    const sourceRoot = structTreeRoot(source);
    const sourceRootRef = source.catalog.get(name('StructTreeRoot'));
    const copiedRoot = sourceRootRef instanceof PDFRef ? target.context.lookup(copier.copy(sourceRootRef), PDFDict) : copier.copy(sourceRoot);
    const copiedDocument = documentElementOf(target.context, copiedRoot);
    partKids.push(wrapInPart(target.context, documentRef, copiedDocument, part.bookmark));
    for (const [key, value] of copiedParentTree(target.context, copiedRoot)) tree.set(key + offset, value);
    nextKey = offset + nextParentTreeKey(sourceRoot, parentTree(source));
    mergeRoleMap(target, root, copiedRoot);
    for (const [id, element] of idTreeOf(target.context, copiedRoot)) ids.set(prefix + id, element);
    prefixStructureIds(target.context, copiedDocument, prefix);
    const sourceDests = source.catalog.lookupMaybe(name('Dests'), PDFDict);
    if (sourceDests) for (const [key, value] of copier.copy(sourceDests).entries()) dests.set(name(prefix + key.decodeText()), value);
    const outline = outlineItems(source).map((item) => copier.copy(item));
    entries.push({ part, pageRef: pages[0], outline });
    // The source's own root, parent tree, ID tree and outline root were copied only to be read.
    replaced.push(copiedRoot.get(name('ParentTree')), copiedRoot.get(name('IDTree')), outline[0] && target.context.lookup(outline[0], PDFDict).get(name('Parent')));
    if (sourceRootRef instanceof PDFRef) replaced.push(copier.copy(sourceRootRef));
  });

  target.context.lookup(documentRef, PDFDict).set(name('K'), target.context.obj(partKids));
  root.set(name('ParentTree'), target.context.register(target.context.obj({ Nums: [...tree].sort(([a], [b]) => a - b).flat() })));
  root.set(name('ParentTreeNextKey'), PDFNumber.of(nextKey));
  if (ids.size > 0) root.set(name('IDTree'), target.context.register(target.context.obj({ Names: [...ids].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).flatMap(([id, element]) => [PDFString.of(id), element]) })));
  if (dests.keys().length > 0 && !target.catalog.has(name('Dests'))) target.catalog.set(name('Dests'), target.context.register(dests));
  target.catalog.set(name('PageLabels'), target.context.obj({ Nums: labels }));
  setOutline(target, entries);
  for (const ref of replaced) if (ref instanceof PDFRef) target.context.delete(ref);
  return target;
}

/** The tag tree's one Document element, given a reference so Parts can name it as their parent. */
function documentElement(document: PDFDocument): PDFRef {
  const root = structTreeRoot(document);
  const kid = root.get(name('K'));
  const element = documentElementOf(document.context, root);
  const ref = kid instanceof PDFRef ? kid : document.context.register(element);
  root.set(name('K'), ref);
  return ref;
}

function documentElementOf(context: PDFContext, root: PDFDict): PDFDict {
  const kids = structKids(root);
  const element = kids.length === 1 ? context.lookup(kids[0]) : undefined;
  if (!(element instanceof PDFDict) || typeOf(element) !== 'Document') throw new Error(`A PDF to merge must have one Document at the top of its tag tree; this one has ${kids.length} element(s) there.`);
  return element;
}

/** A Part, child of the merged Document, holding what one document's Document held; its title is the document's bookmark. */
function wrapInPart(context: PDFContext, parent: PDFRef, element: PDFDict, title: string): PDFRef {
  const kids = structKids(element);
  const part = context.obj({ Type: 'StructElem', S: 'Part', P: parent, T: PDFHexString.fromText(title), K: kids });
  const lang = element.get(name('Lang'));
  if (lang) part.set(name('Lang'), lang);
  const ref = context.register(part);
  for (const kid of kids) {
    const child = context.lookup(kid);
    if (child instanceof PDFDict && child.has(name('S'))) child.set(name('P'), ref);
  }
  return ref;
}

function appendPage(target: PDFDocument, ref: PDFRef): PDFRef {
  const leaf = target.context.lookup(ref);
  if (!(leaf instanceof PDFPageLeaf)) throw new Error(`The copied page ${ref} is not a page.`);
  target.addPage(PDFPage.of(leaf, ref, target));
  return ref;
}

/** A copied page's parent-tree keys (its own and its annotations') moved past the earlier documents', and its links' named destinations prefixed. */
function moveStructParents(target: PDFDocument, pageRef: PDFRef, offset: number, prefix: string): void {
  const page = target.context.lookup(pageRef, PDFDict);
  const own = page.lookupMaybe(name('StructParents'), PDFNumber);
  if (own) page.set(name('StructParents'), PDFNumber.of(own.asNumber() + offset));
  const annotations = page.lookupMaybe(name('Annots'), PDFArray);
  for (let index = 0; annotations && index < annotations.size(); index++) {
    const annotation = annotations.lookup(index, PDFDict) as PDFDict;
    const key = annotation.lookupMaybe(name('StructParent'), PDFNumber);
    if (key) annotation.set(name('StructParent'), PDFNumber.of(key.asNumber() + offset));
    const dest = annotation.get(name('Dest'));
    if (dest instanceof PDFName) annotation.set(name('Dest'), name(prefix + dest.decodeText()));
    const action = annotation.lookupMaybe(name('A'), PDFDict);
    const goTo = action?.get(name('D'));
    if (goTo instanceof PDFName) action!.set(name('D'), name(prefix + goTo.decodeText()));
  }
  const resources = page.lookupMaybe(name('Resources'), PDFDict);
  const forms = resources?.lookupMaybe(name('XObject'), PDFDict);
  for (const [, value] of forms?.entries() ?? []) {
    const dict = (target.context.lookup(value) as { dict?: PDFDict } | undefined)?.dict;
    const key = dict?.lookupMaybe(name('StructParents'), PDFNumber);
    if (dict && key) dict.set(name('StructParents'), PDFNumber.of(key.asNumber() + offset));
  }
}

function nextParentTreeKey(root: PDFDict, tree: Map<number, PDFObject>): number {
  const stated = root.lookupMaybe(name('ParentTreeNextKey'), PDFNumber)?.asNumber() ?? 0;
  return Math.max(stated, ...[...tree.keys()].map((key) => key + 1));
}

function copiedParentTree(context: PDFContext, root: PDFDict): Map<number, PDFObject> {
  const entries = new Map<number, PDFObject>();
  const visit = (node: PDFDict | undefined) => {
    const nums = node?.lookupMaybe(name('Nums'), PDFArray);
    for (let index = 0; nums && index < nums.size(); index += 2) entries.set((nums.lookup(index, PDFNumber) as PDFNumber).asNumber(), nums.get(index + 1));
    const kids = node?.lookupMaybe(name('Kids'), PDFArray);
    for (let index = 0; kids && index < kids.size(); index++) visit(kids.lookup(index, PDFDict) as PDFDict);
  };
  visit(context.lookupMaybe(root.get(name('ParentTree')), PDFDict));
  return entries;
}

function mergeRoleMap(target: PDFDocument, root: PDFDict, copiedRoot: PDFDict): void {
  const copied = copiedRoot.lookupMaybe(name('RoleMap'), PDFDict);
  if (!copied) return;
  const roleMap = root.lookupMaybe(name('RoleMap'), PDFDict) ?? target.context.obj({});
  for (const [type, standard] of copied.entries()) {
    const known = roleMap.get(type);
    if (known && known.toString() !== standard.toString()) throw new Error(`The PDFs to merge map the structure type ${type.decodeText()} differently (${known} and ${standard}).`);
    roleMap.set(type, standard);
  }
  root.set(name('RoleMap'), roleMap);
}

const textOf = (value: PDFObject | undefined) => (value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : undefined);

function idTree(document: PDFDocument, root: PDFDict): Map<string, PDFObject> {
  return idTreeOf(document.context, root);
}

/** The ID tree (a name tree from element ID to element), read through any /Kids. */
function idTreeOf(context: PDFContext, root: PDFDict): Map<string, PDFObject> {
  const entries = new Map<string, PDFObject>();
  const visit = (node: PDFDict | undefined) => {
    const names = node?.lookupMaybe(name('Names'), PDFArray);
    for (let index = 0; names && index < names.size(); index += 2) entries.set(textOf(names.lookup(index)) ?? '', names.get(index + 1));
    const kids = node?.lookupMaybe(name('Kids'), PDFArray);
    for (let index = 0; kids && index < kids.size(); index++) visit(kids.lookup(index, PDFDict) as PDFDict);
  };
  visit(context.lookupMaybe(root.get(name('IDTree')), PDFDict));
  return entries;
}

/** Every element's /ID, and every table cell's /Headers naming one, prefixed as its ID tree entry is. */
function prefixStructureIds(context: PDFContext, element: PDFDict, prefix: string, seen = new Set<PDFObject>()): void {
  if (seen.has(element)) return;
  seen.add(element);
  const id = textOf(element.lookupMaybe(name('ID'), PDFString, PDFHexString));
  if (id !== undefined) element.set(name('ID'), PDFString.of(prefix + id));
  const attributes = context.lookup(element.get(name('A')));
  for (const attribute of attributes instanceof PDFArray ? attributes.asArray().map((item) => context.lookup(item)) : [attributes]) {
    if (!attribute || seen.has(attribute)) continue;
    seen.add(attribute);
    const headers = attribute instanceof PDFDict ? attribute.lookupMaybe(name('Headers'), PDFArray) : undefined;
    if (headers) headers.asArray().forEach((header, index) => headers.set(index, PDFString.of(prefix + (textOf(context.lookup(header)) ?? ''))));
  }
  for (const kid of structKids(element)) {
    const child = context.lookup(kid);
    if (child instanceof PDFDict && child.has(name('S'))) prefixStructureIds(context, child, prefix, seen);
  }
}

function pageLabel(document: PDFDocument, prefix: string): PDFDict {
  return document.context.obj(prefix ? { S: 'D', P: PDFHexString.fromText(prefix) } : { S: 'D' });
}

/** A document's top-level bookmarks, by reference. */
function outlineItems(document: PDFDocument): PDFRef[] {
  const items: PDFRef[] = [];
  const outlines = document.catalog.lookupMaybe(name('Outlines'), PDFDict);
  for (let item = outlines?.get(name('First')); item instanceof PDFRef; item = document.context.lookup(item, PDFDict).get(name('Next'))) items.push(item);
  return items;
}

/**
 * A bookmark per document, in order. A document whose outline is one
 * bookmark (its title heading, with the rest under it) has that bookmark
 * renamed; otherwise a new one leads to its first page with its bookmarks under it.
 */
function setOutline(target: PDFDocument, entries: readonly { part: MergedPart; pageRef: PDFRef; outline: PDFRef[] }[]): void {
  const { context } = target;
  const outlinesRef = context.register(context.obj({ Type: 'Outlines' }));
  const refs = entries.map(({ part, pageRef, outline }) => {
    const ref = outline.length === 1 ? outline[0] : context.register(context.obj({ Dest: [pageRef, 'XYZ', null, null, null] }));
    const entry = context.lookup(ref, PDFDict);
    entry.set(name('Title'), PDFHexString.fromText(part.bookmark));
    if (outline.length > 1) linkChildren(context, ref, entry, outline);
    for (const key of ['Prev', 'Next']) entry.delete(name(key));
    entry.set(name('Parent'), outlinesRef);
    return ref;
  });
  refs.forEach((ref, index) => {
    const entry = context.lookup(ref, PDFDict);
    if (index > 0) entry.set(name('Prev'), refs[index - 1]);
    if (index < refs.length - 1) entry.set(name('Next'), refs[index + 1]);
  });
  const outlines = context.lookup(outlinesRef, PDFDict);
  outlines.set(name('First'), refs[0]);
  outlines.set(name('Last'), refs.at(-1)!);
  const open = (ref: PDFRef) => Math.max(0, context.lookup(ref, PDFDict).lookupMaybe(name('Count'), PDFNumber)?.asNumber() ?? 0);
  outlines.set(name('Count'), PDFNumber.of(refs.reduce((sum, ref) => sum + 1 + open(ref), 0)));
  const old = target.catalog.get(name('Outlines'));
  if (old instanceof PDFRef) context.delete(old);
  target.catalog.set(name('Outlines'), outlinesRef);
}

/** Makes `items` the open children of `parent`, chained in order. */
function linkChildren(context: PDFContext, parentRef: PDFRef, parent: PDFDict, items: PDFRef[]): void {
  items.forEach((ref, index) => {
    const item = context.lookup(ref, PDFDict);
    item.set(name('Parent'), parentRef);
    if (index > 0) item.set(name('Prev'), items[index - 1]);
    else item.delete(name('Prev'));
    if (index < items.length - 1) item.set(name('Next'), items[index + 1]);
    else item.delete(name('Next'));
  });
  parent.set(name('First'), items[0]);
  parent.set(name('Last'), items.at(-1)!);
  const open = (ref: PDFRef) => Math.max(0, context.lookup(ref, PDFDict).lookupMaybe(name('Count'), PDFNumber)?.asNumber() ?? 0);
  parent.set(name('Count'), PDFNumber.of(items.reduce((sum, ref) => sum + 1 + open(ref), 0)));
}
