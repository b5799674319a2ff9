import { OPS, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';

// Read with pdfjs-dist, not with the code that repairs the file, so checks stand apart from it.
const showText = new Set([OPS.showText, OPS.showSpacedText, OPS.nextLineShowText, OPS.nextLineSetSpacingShowText]);
const paintObject = new Set([OPS.paintImageXObject, OPS.paintInlineImageXObject, OPS.paintImageMaskXObject, OPS.paintFormXObjectBegin, OPS.shadingFill, OPS.paintSolidColorImageMask]);
const paintPath = new Set([OPS.fill, OPS.eoFill, OPS.stroke, OPS.closeStroke, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);

/** On each page, how many painting operations lie outside marked content that is tagged (an MCID) or an artifact. */
export async function unmarkedPainting(document: PDFDocumentProxy): Promise<number[]> {
  const counts: number[] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const { fnArray, argsArray } = await (await document.getPage(number)).getOperatorList();
    const stack: boolean[] = [];
    let count = 0;
    fnArray.forEach((fn, index) => {
      const args = argsArray[index] as unknown[] | null;
      if (fn === OPS.beginMarkedContent) stack.push((args?.[0] as { name?: string })?.name === 'Artifact');
      else if (fn === OPS.beginMarkedContentProps) stack.push(args?.[0] === 'Artifact' || typeof args?.[1] === 'number');
      else if (fn === OPS.endMarkedContent) stack.pop();
      else {
        const paints = showText.has(fn) || paintObject.has(fn) || paintPath.has(fn) || (fn === OPS.constructPath && paintPath.has(args?.[0] as number));
        if (paints && !stack.some(Boolean)) count++;
      }
    });
    counts.push(count);
  }
  return counts;
}

/** Each page's text, split into what is tagged real content and what is marked as an artifact. */
export async function textByMarking(document: PDFDocumentProxy): Promise<{ tagged: string; artifact: { text: string; fromTop: number }[] }[]> {
  const pages = [];
  for (let number = 1; number <= document.numPages; number++) {
    const page = await document.getPage(number);
    const { items } = await page.getTextContent({ includeMarkedContent: true });
    const stack: ('tagged' | 'artifact' | 'other')[] = [];
    let tagged = '';
    const artifact: { text: string; fromTop: number }[] = [];
    for (const item of items) {
      if ('type' in item) {
        const tag = (item as { tag?: string; id?: string }).tag;
        if (item.type === 'beginMarkedContent' || item.type === 'beginMarkedContentProps') stack.push(tag === 'Artifact' ? 'artifact' : (item as { id?: string }).id ? 'tagged' : 'other');
        else if (item.type === 'endMarkedContent') stack.pop();
        continue;
      }
      if (stack.includes('artifact')) artifact.push({ text: item.str, fromTop: page.view[3] - item.transform[5] });
      else if (stack.includes('tagged')) tagged += item.str;
    }
    pages.push({ tagged, artifact });
  }
  return pages;
}
