import { csvFormatRows } from 'd3-dsv';
import type { DataTable } from './data-tables.ts';

/** A table as CSV (RFC 4180, by d3-dsv) with a header row and a byte-order mark, so spreadsheet programs read it as UTF-8 (£, ’). */
export function toCsv(table: DataTable): string {
  return `\uFEFF${csvFormatRows([table.columns, ...table.rows.map((row) => row.map((cell) => (cell === null ? '' : String(cell))))])}\r\n`;
}
