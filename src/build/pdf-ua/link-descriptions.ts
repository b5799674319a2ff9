import { PDFArray, PDFDict, PDFHexString, PDFName, PDFRef, PDFString, type PDFDocument } from 'pdf-lib';

/** A link on the print page: its address as written (`#governance` or a full URL) and its text. */
export interface PrintedLink {
  href: string;
  text: string;
}

const textOf = (value: unknown) => (value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : value instanceof PDFName ? value.decodeText() : undefined);

/**
 * PDF/UA-1 7.18.1-2 and 7.18.5-2: every link annotation has a /Contents
 * saying where it goes, which screen readers announce on the link. It is the
 * link's own text from the print page, with the page it leads to or the
 * address it opens.
 */
export function describeLinks(document: PDFDocument, links: readonly PrintedLink[]): number {
  const textByHref = new Map<string, string>();
  for (const { href, text } of links) if (!textByHref.has(href)) textByHref.set(href, text.replace(/\s+/g, ' ').trim());
  const pageOf = namedDestinationPages(document);
  let described = 0;
  for (const page of document.getPages()) {
    const annotations = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
    for (let index = 0; annotations && index < annotations.size(); index++) {
      const annotation = annotations.lookup(index, PDFDict) as PDFDict;
      if (annotation.lookupMaybe(PDFName.of('Subtype'), PDFName)?.decodeText() !== 'Link' || annotation.has(PDFName.of('Contents'))) continue;
      const description = describe(annotation, textByHref, pageOf);
      annotation.set(PDFName.of('Contents'), PDFHexString.fromText(description));
      described++;
    }
  }
  return described;
}

function describe(annotation: PDFDict, textByHref: Map<string, string>, pageOf: Map<string, number>): string {
  const uri = textOf(annotation.lookupMaybe(PDFName.of('A'), PDFDict)?.lookup(PDFName.of('URI')));
  if (uri) {
    const text = textByHref.get(uri) ?? textByHref.get(decodeURI(uri));
    const address = uri.replace(/^mailto:/, '');
    return text && !text.includes(address) ? `${text}: ${address}` : address;
  }
  const destination = textOf(annotation.lookup(PDFName.of('Dest')));
  if (destination === undefined) throw new Error(`A link annotation goes neither to an address nor to a named place: ${annotation}`);
  const text = textByHref.get(`#${destination}`) ?? textByHref.get(`#${encodeURIComponent(destination)}`);
  const page = pageOf.get(destination);
  if (!page) throw new Error(`A link goes to "${destination}", which is not in the PDF's named destinations.`);
  return text ? `Go to ${text}, page ${page}` : `Go to page ${page}`;
}

/** The page number (from 1) each named destination in the catalogue's /Dests points to. */
export function namedDestinationPages(document: PDFDocument): Map<string, number> {
  const pageNumbers = new Map(document.getPages().map((page, index) => [page.ref.toString(), index + 1]));
  const dests = document.catalog.lookupMaybe(PDFName.of('Dests'), PDFDict);
  const pages = new Map<string, number>();
  for (const [name, value] of dests?.entries() ?? []) {
    const target = (document.context.lookup(value) as PDFArray | undefined)?.get(0);
    const number = target instanceof PDFRef ? pageNumbers.get(target.toString()) : undefined;
    if (number) pages.set(name.decodeText(), number);
  }
  return pages;
}
