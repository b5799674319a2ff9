import { readFileSync } from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
const doc = await getDocument({ data: new Uint8Array(readFileSync(process.argv[2])), verbosity: 0 }).promise;
const untagged = new Map<string, number>();
for (let i = 1; i <= doc.numPages; i++) {
  const page = await doc.getPage(i);
  const tc = await page.getTextContent({ includeMarkedContent: true });
  let depth = 0;
  for (const item of tc.items as any[]) {
    if (item.type === 'beginMarkedContent' || item.type === 'beginMarkedContentProps') depth++;
    else if (item.type === 'endMarkedContent') depth--;
    else if (depth === 0 && item.str.trim()) { const k = item.str.replace(/\d+/g, '#'); untagged.set(k, (untagged.get(k) ?? 0) + 1); }
  }
}
console.log([...untagged].sort((a, b) => b[1] - a[1]).slice(0, 60));
