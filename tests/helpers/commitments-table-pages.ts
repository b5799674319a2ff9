import type { Commitment } from '../../src/model/schemas/commitment.ts';
import { squash } from './pdf.ts';

/**
 * Where the "What we said, what we delivered" table's rows fall in a printed
 * report (its pages as pdftotext reads them): the pages holding rows, the rows
 * that continue onto another page, and the pages with rows but no header row.
 */
export function commitmentsTablePages(pages: readonly string[], rows: readonly Commitment[]) {
  const squashed = pages.map(squash);
  // The status column is there only when some commitment has a status. Each header cell is looked for on its
  // own: pdftotext may read the running head between them.
  const header = ['What we said', 'What we delivered', ...(rows.some((row) => row.status) ? ['Status'] : [])].map(squash);
  const pagesWithRows = new Set<number>();
  const missing: string[] = [];
  const split: string[] = [];
  for (const row of rows) {
    // pdftotext reads a table's cells line by line across the row, so only
    // the first line of the first cell and the last of the second are compared.
    const said = squash(row.said).slice(0, 12);
    const startPage = squashed.findIndex((text) => text.includes(said));
    if (startPage < 0) {
      missing.push(row.said);
      continue;
    }
    const end = squash((row.delivered ?? row.said).replace(/[*_]/g, '')).slice(-14);
    if (!squashed[startPage].includes(end)) split.push(row.said);
    pagesWithRows.add(startPage);
  }
  const withoutHeader = [...pagesWithRows].filter((page) => !header.every((cell) => squashed[page].includes(cell))).map((page) => page + 1);
  return { pagesWithRows, missing, split, withoutHeader };
}
