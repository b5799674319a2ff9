import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The source documents sit beside the checkout in shared/source/ (as in CI); elsewhere they may be absent. */
export const sourceReportPath = fileURLToPath(new URL('../../../shared/source/2024-25-cscp-annual-report.txt', import.meta.url));

export function readSourceReport(): string | undefined {
  return existsSync(sourceReportPath) ? readFileSync(sourceReportPath, 'utf8') : undefined;
}

/**
 * The numbers printed on the source's headline figure cards: in the
 * "Headline figures & trends" section each card is a heading followed by its
 * value, and a few cards print the value in the heading itself.
 */
export function sourceHeadlineNumbers(source: string): { card: string; number: string }[] {
  const start = source.indexOf('HEADLINE FIGURES & TRENDS');
  const end = source.indexOf('GOVERNANCE AND PARTNERSHIP ARRANGEMENTS');
  const lines = source.slice(start, end).split('\n').map((line) => line.trim()).filter(Boolean).slice(1);
  const standaloneNumber = /(?<![\w.,])\d[\d,]*(?:\.\d+)?%?(?![\w+])/;
  const found: { card: string; number: string }[] = [];
  lines.forEach((line, index) => {
    if (!line.startsWith('#')) return;
    const card = line.replace(/[#*]/g, '').trim();
    const inHeading = standaloneNumber.exec(card.replace(/1ST/g, ''));
    const valueLine = lines[index + 1] ?? '';
    const inValue = valueLine.startsWith('#') ? null : /^\d/.test(valueLine) ? standaloneNumber.exec(valueLine) : null;
    const match = inHeading ?? inValue;
    if (match) found.push({ card, number: match[0] });
  });
  return found;
}
