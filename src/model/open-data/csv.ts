import type { DataTable } from './data-tables.ts';

/** A cell quoted as RFC 4180 asks: only when it holds a comma, a quote or a line break. */
function csvCell(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A table as CSV with a header row, CRLF line ends and a byte-order mark, so spreadsheet programs read it as UTF-8 (£, ’). */
export function toCsv(table: DataTable): string {
  return `\uFEFF${[table.columns, ...table.rows].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
