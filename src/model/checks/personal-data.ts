import type { Definition, InlineCode, Code, Image, ImageReference } from 'mdast';
import { visit } from 'unist-util-visit';
import type { ContentProblem } from '../load/content-problem.ts';
import type { Privacy } from '../schemas/privacy.ts';
import { findPersonalData } from './personal-data/find-personal-data.ts';
import { linkNodes, type ProseBlock } from './prose-blocks.ts';

/** Where the privacy settings are kept, and the line each exception is written on. */
export interface PrivacySource {
  file: string;
  exceptionLine(index: number): number | undefined;
}

/** The reviewed exception for this text in this file, if any; each one used is recorded. */
export class PrivacyExceptions {
  readonly used = new Set<number>();
  private readonly privacy: Privacy;

  constructor(privacy: Privacy) {
    this.privacy = privacy;
  }

  allows(file: string, text: string): boolean {
    const index = this.privacy.exceptions.findIndex((exception) => exception.file === file && exception.text === text);
    if (index >= 0) this.used.add(index);
    return index >= 0;
  }
}

/**
 * Everything in a block a reader can get: the text as written (so inline
 * code, link titles and alternative text count), and each link's address
 * without its mailto: or tel:, where an address hides from the visible text.
 */
function readable(prose: ProseBlock): Array<{ text: string; offset: number; whole?: boolean }> {
  const pieces: Array<{ text: string; offset: number; whole?: boolean }> = [{ text: prose.text, offset: 0, whole: true }];
  for (const { node, offset } of linkNodes(prose)) pieces.push({ text: node.url.replace(/^(mailto|tel):/i, ''), offset });
  visit(prose.tree(), (node) => {
    const offset = node.position?.start.offset ?? 0;
    if (node.type === 'image' || node.type === 'imageReference') pieces.push({ text: (node as Image | ImageReference).alt ?? '', offset });
    if (node.type === 'inlineCode' || node.type === 'code') pieces.push({ text: (node as InlineCode | Code).value, offset });
    if (node.type === 'definition') pieces.push({ text: `${(node as Definition).url.replace(/^(mailto|tel):/i, '')} ${(node as Definition).title ?? ''}`, offset });
  });
  return pieces;
}

/**
 * Personal data must not be published: phone numbers other than listed
 * helplines, personal email addresses, full postcodes, dates of birth, NHS
 * and National Insurance numbers, a name next to an age, and names on the
 * do-not-publish list. A reviewed exception in data/privacy.yaml lets a
 * specific piece of text through. An exception that lets nothing through
 * any more is a warning, so the list of what someone agreed to publish stays
 * true. `blocks` should hold every text value, not only prose.
 */
export function checkPersonalData(blocks: readonly ProseBlock[], privacy: Privacy, source?: PrivacySource, exceptions = new PrivacyExceptions(privacy)): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const prose of blocks) {
    const reported = new Set<string>();
    for (const piece of readable(prose)) {
      for (const finding of findPersonalData(piece.text, privacy)) {
        const key = `${finding.detector.kind} ${finding.text}`;
        if (reported.has(key) || exceptions.allows(prose.file, finding.text)) continue;
        reported.add(key);
        problems.push({
          file: prose.file,
          line: prose.lineAt(piece.whole ? finding.index : piece.offset),
          field: prose.field,
          message: finding.detector.message,
          fix: finding.detector.fix,
          found: finding.text,
          severity: 'error',
          check: 'personal-data',
        });
      }
    }
  }
  if (source) problems.push(...unusedExceptions(privacy, exceptions.used, source));
  return problems;
}

function unusedExceptions(privacy: Privacy, used: ReadonlySet<number>, source: PrivacySource): ContentProblem[] {
  return privacy.exceptions.flatMap((exception, index) =>
    // An exception for a built file (dist/…) is for text the software makes, which only the check of the built site sees.
    used.has(index) || exception.file.startsWith('dist/')
      ? []
      : [
          {
            file: source.file,
            line: source.exceptionLine(index),
            field: `exceptions → item ${index + 1}`,
            message: `This exception lets nothing through: the check finds no "${exception.text}" in ${exception.file}.`,
            found: exception.text,
            fix: `If the text was removed, delete this exception. If it moved or was reworded, change "file" or "text" to match what the check reports under "Found", and review it again.`,
            severity: 'warning' as const,
            check: 'personal-data',
          },
        ],
  );
}
