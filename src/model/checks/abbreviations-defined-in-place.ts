/** Short words a long form may have that an abbreviation leaves out: "Department for Education" is DfE. */
const linking = new Set(['of', 'and', 'the', 'for', 'in', 'on', 'to', 'at', 'with', '&']);

/** The capitals an abbreviation is made of, so "DfE" and "GPs" compare as "DE" and "GP". */
const letters = (abbreviation: string) => abbreviation.replace(/[^\p{Lu}\p{N}]/gu, '');

/**
 * Whether the words end (or start, when `fromStart`) with a long form whose
 * initials spell the abbreviation: "Community Safety Partnership" for CSP.
 */
function spelledOutBy(words: readonly string[], abbreviation: string, fromStart: boolean): boolean {
  const wanted = letters(abbreviation);
  let initials = '';
  const ordered = fromStart ? words : [...words].reverse();
  for (const word of ordered) {
    if (linking.has(word.toLowerCase()) && initials.length > 0) continue;
    const initial = word.charAt(0).toUpperCase();
    initials = fromStart ? initials + initial : initial + initials;
    if (initials.length === wanted.length) return initials === wanted;
  }
  return false;
}

/**
 * The abbreviations a text spells out where it uses them, "Community Safety
 * Partnership (CSP)" or "CSP (Community Safety Partnership)": a reader is
 * told what they stand for there, so they need no glossary entry.
 */
export function abbreviationsDefinedInPlace(text: string): Set<string> {
  const defined = new Set<string>();
  // A hyphenated word may give one initial ("Multi-agency") or one per part ("Multi-Agency Safeguarding Hub", MASH).
  const readings = (span: string) => [span.match(/[\p{L}\p{N}&][\p{L}\p{N}&'’-]*/gu) ?? [], span.match(/[\p{L}\p{N}&][\p{L}\p{N}&'’]*/gu) ?? []];
  for (const match of text.matchAll(/\(([\p{Lu}][\p{L}\p{N}&]*)\)/gu)) {
    const before = text.slice(Math.max(0, match.index - 200), match.index).split(/[.;:!?()\n]/).at(-1) ?? '';
    if (readings(before).some((words) => spelledOutBy(words, match[1], false))) defined.add(match[1]);
  }
  for (const match of text.matchAll(/(?<![\p{L}\p{N}])([\p{Lu}][\p{L}\p{N}&]*) \(([^()\n]+)\)/gu)) {
    if (readings(match[2]).some((words) => spelledOutBy(words, match[1], true))) defined.add(match[1]);
  }
  return defined;
}
