import type { Element, ElementContent, Root, Text } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import type { GlossaryTerm } from '../model/schemas/glossary.ts';

/** Elements whose text is left alone: code, graphics (their text is in title/desc), links and existing abbreviations. */
const skipped = new Set(['a', 'abbr', 'code', 'pre', 'script', 'style', 'svg', 'title', 'textarea', 'template', 'nav']);
/** Headings and labels (table headers, captions, terms) stay short, so an abbreviation there is not spelt out. */
const headings = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'th', 'caption', 'dt']);

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** One regular expression matching any glossary abbreviation as a whole word, longest first. */
export function abbreviationPattern(terms: readonly GlossaryTerm[]): RegExp {
  const alternatives = [...terms]
    .map((term) => term.abbreviation)
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp);
  // A term is not matched inside a longer one: LGBTQ is not spelt out inside LGBTQ+.
  return new RegExp(`(?<![\\p{L}\\p{N}-])(${alternatives.join('|')})(?![\\p{L}\\p{N}+-])`, 'gu');
}

/** The glossary terms that appear anywhere in the text, in glossary order. */
export function termsUsedIn(text: string, terms: readonly GlossaryTerm[]): GlossaryTerm[] {
  if (terms.length === 0) return [];
  const found = new Set([...text.matchAll(abbreviationPattern(terms))].map((match) => match[1]));
  return terms.filter((term) => found.has(term.abbreviation));
}

/** Lower case, "&" read as "and", hyphens and runs of spaces as one space: "Multi-Agency" and "multi agency" are the same words. */
function wordsOf(text: string): string {
  return text.toLowerCase().replace(/&/g, ' and ').replace(/[-\s]+/g, ' ').trim();
}

/**
 * Whether the text around an abbreviation already spells it out, so it must
 * not be spelt out again inside its own long form: "Multi-Agency Safeguarding
 * Hub (MASH)", "ECET (Every Child Every Time)". An abbreviation written alone
 * in brackets is always taken as explained by the words before it, even when
 * they differ from the glossary ("Voluntary & Community Sector (VCS)", "small
 * areas (LSOAs)"): spelling it out there would nest one bracket in another.
 * Its <abbr> still carries the glossary's long form.
 */
export function isSpeltOut(before: string, after: string, term: GlossaryTerm): boolean {
  if (/\(\s*$/.test(before) && /^\s*\)/.test(after)) return true;
  const expansion = wordsOf(term.expansion);
  return wordsOf(before).endsWith(expansion) || wordsOf(after).startsWith(`(${expansion}`) || wordsOf(after).startsWith(`( ${expansion}`);
}

/**
 * Spells out each abbreviation the first time it appears in the page's main
 * content ("Multi-Agency Safeguarding Hub (MASH)"), unless the text already
 * does so, and marks it up with <abbr>. Readers who land mid-page still have
 * the glossary at the end of the report.
 */
export function expandAbbreviations(html: string, terms: readonly GlossaryTerm[]): string {
  if (terms.length === 0) return html;
  const tree = fromHtml(html);
  const main = findElement(tree, 'main');
  if (!main) return html;
  const byAbbreviation = new Map(terms.map((term) => [term.abbreviation, term]));
  const pattern = abbreviationPattern(terms);
  const expanded = new Set<string>();

  const rewriteText = (node: Text, inHeading: boolean): ElementContent[] | undefined => {
    const parts: ElementContent[] = [];
    let last = 0;
    let changed = false;
    for (const match of node.value.matchAll(pattern)) {
      const abbreviation = match[1];
      const term = byAbbreviation.get(abbreviation)!;
      const start = match.index;
      if (inHeading || expanded.has(abbreviation)) continue;
      expanded.add(abbreviation);
      const alreadySpelt = isSpeltOut(node.value.slice(0, start), node.value.slice(start + abbreviation.length), term);
      parts.push({ type: 'text', value: node.value.slice(last, start) + (alreadySpelt ? '' : `${term.expansion} (`) });
      parts.push({
        type: 'element',
        tagName: 'abbr',
        properties: { title: term.expansion },
        children: [{ type: 'text', value: abbreviation }],
      });
      if (!alreadySpelt) parts.push({ type: 'text', value: ')' });
      last = start + abbreviation.length;
      changed = true;
    }
    if (!changed) return undefined;
    parts.push({ type: 'text', value: node.value.slice(last) });
    return parts;
  };

  const walk = (parent: Element | Root, inHeading: boolean) => {
    for (let index = 0; index < parent.children.length; index++) {
      const child = parent.children[index];
      if (child.type === 'element') {
        if (skipped.has(child.tagName) || child.properties?.dataNoExpand !== undefined) continue;
        walk(child, inHeading || headings.has(child.tagName));
      } else if (child.type === 'text') {
        const replacement = rewriteText(child, inHeading);
        if (replacement) {
          parent.children.splice(index, 1, ...(replacement as Element['children']));
          index += replacement.length - 1;
        }
      }
    }
  };
  walk(main, false);
  return toHtml(tree, { allowDangerousHtml: true });
}

function findElement(node: Root | Element, tagName: string): Element | undefined {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (child.tagName === tagName) return child;
    const found = findElement(child, tagName);
    if (found) return found;
  }
  return undefined;
}
