import { constructSettingsForText, getDefaultSettings, getDictionary, mergeSettings } from 'cspell-lib';
import type { ContentProblem } from '../load/content-problem.ts';
import { isAbbreviation } from './acronyms.ts';
import { textNodes, type ProseBlock } from './prose-blocks.ts';

export interface Speller {
  isKnown(word: string): boolean;
  suggest(word: string): string[];
}

/** cspell's bundled dictionaries for prose; its software and HTML dictionaries would accept "color". */
const proseDictionaries = ['en-gb', 'en-gb-common-misspellings', 'en-common-misspellings', 'companies'];

/**
 * British English from cspell's maintained en-GB dictionary, plus the
 * project's own words (local names and terms, data/words.txt).
 */
export async function loadSpeller(projectWords: readonly string[]): Promise<Speller> {
  const defaults = await getDefaultSettings();
  const settings = constructSettingsForText(mergeSettings(defaults, { language: 'en-GB', words: [...projectWords] }), undefined, 'plaintext');
  const dictionary = await getDictionary({ ...settings, dictionaries: proseDictionaries });
  const projectSet = new Set(projectWords);
  return {
    isKnown: (word) => projectSet.has(word) || (dictionary.has(word) && !dictionary.isForbidden(word)),
    suggest: (word) => dictionary.suggest(word, { numSuggestions: 3 }).map((suggestion) => suggestion.word),
  };
}

const wordPattern = /(?<![\p{L}\p{N}])\p{L}[\p{L}'’]*(?![\p{L}\p{N}])/gu;

/** The word as a dictionary knows it: straight apostrophes, no possessive. */
function dictionaryForm(token: string): string {
  return token.replace(/’/g, "'").replace(/'s$/, '').replace(/'$/, '');
}

/** Spelling in British English, each unknown word reported on its line with suggestions. */
export function checkSpelling(blocks: readonly ProseBlock[], speller: Speller, wordsFile: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const prose of blocks) {
    const seen = new Set<string>();
    for (const { node, offset } of textNodes(prose)) {
      for (const match of node.value.matchAll(wordPattern)) {
        const word = dictionaryForm(match[0]);
        if (word.length < 2 || isAbbreviation(word) || speller.isKnown(word)) continue;
        const line = prose.lineAt(offset + match.index);
        if (seen.has(`${line} ${word}`)) continue;
        seen.add(`${line} ${word}`);
        const suggestions = speller.suggest(word);
        problems.push({
          file: prose.file,
          line,
          field: prose.field,
          message: `"${word}" is not in the British English dictionary.`,
          found: word,
          expected: suggestions.length ? `perhaps ${suggestions.map((suggestion) => `"${suggestion}"`).join(', ')}` : undefined,
          fix: `Correct the spelling. If it is a name or term the report uses on purpose, add it on a line of its own to ${wordsFile}.`,
          severity: 'error',
          check: 'spelling',
        });
      }
    }
  }
  return problems;
}
