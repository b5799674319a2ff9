import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { builtPdfs, loadWithPdfJs } from '../../helpers/built-pdfs.ts';

// Read with pdfjs-dist, not with the code that repairs the file, so the check is independent of it.
const showText = new Set([OPS.showText, OPS.showSpacedText, OPS.nextLineShowText, OPS.nextLineSetSpacingShowText]);
const paintObject = new Set([OPS.paintImageXObject, OPS.paintInlineImageXObject, OPS.paintImageMaskXObject, OPS.paintFormXObjectBegin, OPS.shadingFill, OPS.paintSolidColorImageMask]);
const paintPath = new Set([OPS.fill, OPS.eoFill, OPS.stroke, OPS.closeStroke, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);

for (const pdf of builtPdfs()) {
  describe(`${pdf.name}: content and artifacts (PDF/UA-1 7.1-3)`, () => {
    it('paints nothing outside marked content that is either tagged (an MCID) or an artifact', async () => {
      const document = await loadWithPdfJs(pdf.path);
      const loose: string[] = [];
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
        if (count > 0) loose.push(`page ${number}: ${count}`);
      }
      assert.deepEqual(loose, []);
    });

    it('marks as artifacts only page furniture: running heads, "Page N of M" and decorative arrows', async () => {
      const document = await loadWithPdfJs(pdf.path);
      const unexpected: string[] = [];
      let pageNumbers = 0;
      for (let number = 1; number <= document.numPages; number++) {
        const page = await document.getPage(number);
        const top = page.view[3];
        const { items } = await page.getTextContent({ includeMarkedContent: true });
        const stack: boolean[] = [];
        let line = '';
        for (const item of items) {
          if ('type' in item) {
            if (item.type === 'beginMarkedContent' || item.type === 'beginMarkedContentProps') stack.push(item.tag === 'Artifact');
            else if (item.type === 'endMarkedContent') stack.pop();
            continue;
          }
          if (!stack.some(Boolean) || item.str.trim() === '') continue;
          const y = item.transform[5];
          // The running heads sit in the top margin (22 mm, about 62 points).
          if (top - y < 62 || /^[▲▼]$/.test(item.str.trim())) continue;
          line += item.str;
        }
        const rest = line.replace(/(Page )?\d+ of \d+/, () => (pageNumbers++, '')).trim();
        if (rest !== '') unexpected.push(`page ${number}: ${rest}`);
      }
      assert.deepEqual(unexpected, []);
      assert.ok(pageNumbers >= document.numPages - 1, `${pageNumbers} "Page N of M" on ${document.numPages} pages`);
    });
  });
}
