import { readFileSync } from 'node:fs';
import { PDFDocument, PDFName, PDFRawStream, decodePDFRawStream, PDFArray, PDFRef } from 'pdf-lib';
const doc = await PDFDocument.load(readFileSync(process.argv[2]));
const p = doc.getPages()[Number(process.argv[3])];
let c = p.node.get(PDFName.of('Contents'));
const streams = c instanceof PDFArray ? c.asArray() : [c];
for (const s of streams) {
  const st = doc.context.lookup(s) as PDFRawStream;
  console.log(Buffer.from(decodePDFRawStream(st).decode()).toString('latin1'));
}
console.log(p.node.toString().slice(0, 2000));
