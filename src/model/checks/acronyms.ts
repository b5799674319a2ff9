import type { ContentProblem } from '../load/content-problem.ts';
import type { GlossaryTerm } from '../schemas/glossary.ts';
import { abbreviationsDefinedInPlace } from './abbreviations-defined-in-place.ts';
import { capitalisedHeadings } from './capitalised-headings.ts';
import { textNodes, type ProseBlock } from './prose-blocks.ts';

// A trailing + belongs to the abbreviation (LGBTQ+), as the glossary writes it.
const word = /(?<![\p{L}\p{N}&.])[\p{L}\p{N}&]+\+?(?![\p{L}\p{N}&+])/gu;

/**
 * A word that reads as an abbreviation: mostly capitals (CSCP, DfE, GPs), or
 * a capital and digits (S47). A name in mixed case (YouTube) is not one.
 */
export function isAbbreviation(token: string): boolean {
  if (!/^\p{Lu}/u.test(token)) return false;
  const capitals = token.match(/\p{Lu}/gu)?.length ?? 0;
  const lower = token.match(/\p{Ll}/gu)?.length ?? 0;
  return (capitals >= 2 && capitals >= lower) || /^\p{Lu}\d+$/u.test(token);
}

/** Spans in quotation marks: words quoted as the source printed them ("AVG. PER 10,000"). */
function quotedSpans(text: string): [number, number][] {
  return [...text.matchAll(/"[^"\n]*"|“[^”\n]*”/g)].map((match) => [match.index, match.index + match[0].length]);
}

/**
 * Every abbreviation a reader meets must be explained: in the glossary,
 * exactly as written, so the site can spell it out at its first use on the
 * page, or spelt out beside it in the same file ("Community Safety
 * Partnership (CSP)"). Reported once per file, at its first use. Words in a
 * heading set wholly in capitals are left to the spelling check.
 */
export function checkAcronyms(blocks: readonly ProseBlock[], terms: readonly GlossaryTerm[], names: readonly string[] = []): ContentProblem[] {
  const known = new Set([...terms.map((term) => term.abbreviation), ...names]);
  const definedInFile = new Map<string, Set<string>>();
  for (const prose of blocks) {
    const defined = definedInFile.get(prose.file) ?? new Set<string>();
    for (const abbreviation of abbreviationsDefinedInPlace(prose.text)) defined.add(abbreviation);
    definedInFile.set(prose.file, defined);
  }
  const reported = new Set<string>();
  const problems: ContentProblem[] = [];
  for (const prose of blocks) {
    const inCapitalisedHeading = capitalisedHeadings(prose);
    const defined = definedInFile.get(prose.file)!;
    for (const { node, offset } of textNodes(prose)) {
      if (inCapitalisedHeading(offset)) continue;
      const quoted = quotedSpans(node.value);
      for (const match of node.value.matchAll(word)) {
        const token = match[0];
        if (!isAbbreviation(token) || known.has(token) || defined.has(token) || reported.has(`${prose.file} ${token}`)) continue;
        if (quoted.some(([start, end]) => match.index > start && match.index < end)) continue;
        reported.add(`${prose.file} ${token}`);
        const plural = token.endsWith('s') && known.has(token.slice(0, -1));
        problems.push({
          file: prose.file,
          line: prose.lineAt(offset + match.index),
          field: prose.field,
          message: `The abbreviation "${token}" is not in the glossary, so readers are not told what it stands for.`,
          found: token,
          fix: plural
            ? `Add "${token}" to data/glossary.yaml with its expansion in the plural (the glossary has "${token.slice(0, -1)}").`
            : `Add "${token}" with what it stands for to data/glossary.yaml, or write the words out in full here. If it is a name written in capitals (not an abbreviation), add it to data/words.txt. If the source never says what it stands for, list it in known-issues.yaml.`,
          severity: 'error',
          check: 'acronyms',
          item: token,
        });
      }
    }
  }
  return problems;
}
