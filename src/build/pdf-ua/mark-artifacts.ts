import type { PDFDocument } from 'pdf-lib';
import { graphicsObjects, isMarked, parseContentStream, type GraphicsObject, type Operation } from './content-stream.ts';
import { readPageContent, writePageContent } from './page-content.ts';

/**
 * PDF/UA-1 7.1-3: everything on a page is either tagged content or an
 * artifact. Chromium tags what the accessibility tree holds and leaves the
 * rest outside marked content: the @page margin boxes (running heads, "Page N
 * of M"), borders and rules, backgrounds, and the text of aria-hidden
 * elements, which the page's authors marked as decoration. Each run of such
 * graphics objects is wrapped in /Artifact BMC … EMC, between objects (never
 * inside a text object or a path), and never across a q/Q or another
 * marked-content boundary, so the nesting stays valid.
 */
export function markArtifacts(document: PDFDocument): { marked: number; unrepairable: number; pagesWithoutContent: number[] } {
  let marked = 0;
  let unrepairable = 0;
  const pagesWithoutContent: number[] = [];
  for (const [index, page] of document.getPages().entries()) {
    const bytes = readPageContent(document, page);
    const operations = parseContentStream(bytes);
    const painted = graphicsObjects(operations).filter((object) => object.paints);
    if (!painted.some((object) => object.markedContent.some(({ operands }) => /\/MCID\s+\d/.test(operands)))) pagesWithoutContent.push(index + 1);
    const loose = painted.filter((object) => !isMarked(object));
    unrepairable += loose.filter((object) => object.hasMarkedContentInside).length;
    const runs = artifactRuns(operations, loose.filter((object) => !object.hasMarkedContentInside));
    if (runs.length === 0) continue;
    marked += runs.length;
    writePageContent(document, page, insertMarks(bytes, operations, runs));
  }
  return { marked, unrepairable, pagesWithoutContent };
}

const boundaries = new Set(['q', 'Q', 'BDC', 'BMC', 'EMC', 'BT', 'ET']);

/** Consecutive loose objects with nothing between them that a marked-content sequence must not cross. */
function artifactRuns(operations: readonly Operation[], objects: readonly GraphicsObject[]): { first: number; last: number }[] {
  const runs: { first: number; last: number }[] = [];
  for (const object of objects) {
    const previous = runs.at(-1);
    const between = previous ? operations.slice(previous.last + 1, object.first) : [];
    if (previous && !between.some((operation) => boundaries.has(operation.operator))) previous.last = object.last;
    else runs.push({ first: object.first, last: object.last });
  }
  return runs;
}

function insertMarks(bytes: Uint8Array, operations: readonly Operation[], runs: readonly { first: number; last: number }[]): Uint8Array {
  const open = new TextEncoder().encode('/Artifact BMC\n');
  const close = new TextEncoder().encode('\nEMC\n');
  const out = new Uint8Array(bytes.length + runs.length * (open.length + close.length));
  let from = 0;
  let at = 0;
  const copy = (until: number) => {
    out.set(bytes.subarray(from, until), at);
    at += until - from;
    from = until;
  };
  for (const run of runs) {
    copy(operations[run.first].start);
    out.set(open, at);
    at += open.length;
    copy(operations[run.last].end);
    out.set(close, at);
    at += close.length;
  }
  copy(bytes.length);
  return out;
}
