import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { writeFingerprint } from '../model/load/year-fingerprint.ts';

/**
 * Changes one word in a year's first Markdown file, as an editor fixing a
 * typo would: the first long word becomes another word from the same file,
 * so the spelling and glossary checks still pass. A published year also gets
 * the correction entry its fingerprint asks for and has the corrected version
 * recorded, as an editor does with `npm run publish-year`.
 */
export function changeOneWord(root: string, yearId: string, published: boolean): string {
  const folder = join(root, 'content', yearId);
  const file = join(folder, readdirSync(folder).filter((name) => name.endsWith('.md')).sort()[0]);
  const text = readFileSync(file, 'utf8');
  const bodyStart = text.startsWith('---') ? text.indexOf('\n---', 3) + 4 : 0;
  const words = [...text.slice(bodyStart).matchAll(/\b[a-z]{6,}\b/g)];
  const [first] = words;
  const other = words.find((word) => word[0] !== first?.[0]);
  if (!first || !other) throw new Error(`No word to change in ${file}`);
  const at = bodyStart + first.index;
  writeFileSync(file, `${text.slice(0, at)}${other[0]}${text.slice(at + first[0].length)}`);
  const change = `"${first[0]}" to "${other[0]}"`;
  if (published) {
    const reportFile = join(root, 'data', yearId, 'report.yaml');
    const report = parseDocument(readFileSync(reportFile, 'utf8'));
    const { corrections: earlier = [], publicationDate } = report.toJS() as { corrections?: { date: string }[]; publicationDate?: string };
    // Dated today, or after the year's last record when that is later (the worked example is set in the 2030s),
    // so the correction is never dated before the publication it corrects.
    const date = [new Date().toISOString().slice(0, 10), String(publicationDate ?? ''), ...earlier.map((entry) => String(entry.date))].sort().at(-1)!;
    const correction = { date, change: `One word in the first section changed from ${change}.`, reason: 'The benchmark measures a one-word correction.' };
    report.set('corrections', [...earlier, correction]);
    writeFileSync(reportFile, String(report));
    writeFingerprint(root, yearId, correction.date, earlier.length + 1);
  }
  return `${file.slice(root.length + 1)}: ${change}${published ? ', with a correction entry' : ''}`;
}
