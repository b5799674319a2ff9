import { readFileSync } from 'node:fs';
import { constructSettingsForText, getDefaultSettings, getDictionary, mergeSettings } from 'cspell-lib';
import type { ContentProblem } from '../load/content-problem.ts';
import { isAbbreviation } from './acronyms.ts';
import { capitalisedHeadings } from './capitalised-headings.ts';
import { openDictionaryCache } from './dictionary-cache.ts';
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

// A hyphenated compound is one word ("co-ordinated"), so the word list can hold it as written.
const wordPattern = /(?<![\p{L}\p{N}])\p{L}[\p{L}'’]*(?:-\p{L}[\p{L}'’]*)*(?![\p{L}\p{N}])/gu;

/** Email and web addresses are not words: they are blanked out (keeping every offset) before the text is read. */
const withoutAddresses = (text: string) => text.replace(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b(?:https?:\/\/|www\.)[^\s)]+/g, (address) => ' '.repeat(address.length));

/** The word as a dictionary knows it: straight apostrophes, no possessive. */
function dictionaryForm(token: string): string {
  return token.replace(/’/g, "'").replace(/'s$/, '').replace(/'$/, '');
}

/** The parts of a compound that must be words when the compound as a whole is not: not single letters ("X-ray") or abbreviations ("NHS-funded"). */
const partsToCheck = (word: string) => word.split('-').filter((part) => part.length >= 2 && !isAbbreviation(part));

/** Where a word was found, to report it on its line. */
interface Occurrence {
  prose: ProseBlock;
  /** As the dictionary is asked for it: a capitalised heading's words in lower case. */
  word: string;
  /** As written. */
  written: string;
  offset: number;
}

export interface SpellingOptions {
  projectWords: readonly string[];
  /** The project's word list, named in the fix. */
  wordsFile: string;
  /** The glossary's abbreviations: in a heading set in capitals, these are not looked up as words. */
  abbreviations?: readonly string[];
  /** Where the words the dictionary accepted are kept between runs (see dictionary-cache.ts); none in tests. */
  cacheFile?: string;
}

/**
 * Spelling in British English, each unknown word reported on its line with
 * suggestions. A compound is right when the word list or dictionary has it,
 * or has each of its parts. The dictionary is loaded only for words no
 * earlier run has seen it accept.
 */
export async function checkSpelling(blocks: readonly ProseBlock[], options: SpellingOptions, loadDictionary = loadSpeller): Promise<ContentProblem[]> {
  const projectSet = new Set(options.projectWords);
  const abbreviations = new Set(options.abbreviations ?? []);
  const occurrences: Occurrence[] = [];
  for (const prose of blocks) {
    const inCapitalisedHeading = capitalisedHeadings(prose);
    for (const { node, offset } of textNodes(prose)) {
      const capitalised = inCapitalisedHeading(offset);
      for (const match of withoutAddresses(node.value).matchAll(wordPattern)) {
        const written = dictionaryForm(match[0]);
        if (written.length < 2 || projectSet.has(written) || abbreviations.has(written)) continue;
        if (isAbbreviation(written) && !capitalised) continue;
        const word = capitalised ? written.toLowerCase() : written;
        if (!projectSet.has(word)) occurrences.push({ prose, word, written, offset: offset + match.index });
      }
    }
  }

  const id = dictionaryId();
  const cache = openDictionaryCache(id ? options.cacheFile : undefined, id ?? '');
  const accepted = (word: string, isKnown: (candidate: string) => boolean) =>
    isKnown(word) || (word.includes('-') && partsToCheck(word).every((part) => projectSet.has(part) || isKnown(part)));
  const inCache = (word: string) => cache.has(word);
  const undecided = occurrences.filter(({ word }) => !accepted(word, inCache));
  if (undecided.length === 0) return [];
  const speller = await loadDictionary(options.projectWords);
  const lookups = new Set(undecided.flatMap(({ word }) => [word, ...(word.includes('-') ? partsToCheck(word) : [])]));
  for (const word of lookups) if (!cache.has(word) && speller.isKnown(word)) cache.add(word);
  cache.save();

  const problems: ContentProblem[] = [];
  const seen = new Set<string>();
  for (const { prose, word, written, offset } of undecided) {
    if (accepted(word, inCache)) continue;
    const line = prose.lineAt(offset);
    const key = `${prose.file} ${prose.field} ${line} ${word}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const suggestions = speller.suggest(word);
    problems.push({
      file: prose.file,
      line,
      field: prose.field,
      message: `"${written}" is not in the British English dictionary.`,
      found: written,
      expected: suggestions.length ? `perhaps ${suggestions.map((suggestion) => `"${suggestion}"`).join(', ')}` : undefined,
      fix:
        word === written
          ? `Correct the spelling. If it is a name or term the report uses on purpose, add it on a line of its own to ${options.wordsFile}.`
          : `Correct the spelling. If it is an abbreviation, add it with what it stands for to data/glossary.yaml; if it is a name, add "${written}" to ${options.wordsFile}.`,
      severity: 'error',
      check: 'spelling',
    });
  }
  return problems;
}

/** The packages the dictionary comes from, whose versions name it. */
const dictionaryPackages = ['cspell-lib', '@cspell/cspell-bundled-dicts', '@cspell/dict-en-gb-mit', '@cspell/dict-en-common-misspellings', '@cspell/dict-companies'];

/**
 * The dictionary in use, by its packages' versions and the dictionaries
 * chosen, so kept words are thrown away when an update changes it. Undefined
 * (and so no cache) when a version cannot be read.
 */
function dictionaryId(): string | undefined {
  try {
    // cspell-lib resolves to node_modules/cspell-lib/dist/index.js; its packages sit beside it.
    const nodeModules = new URL('../../', import.meta.resolve('cspell-lib'));
    const versions = dictionaryPackages.map((name) => {
      const manifest = JSON.parse(readFileSync(new URL(`${name}/package.json`, nodeModules), 'utf8')) as { version: string };
      return `${name}@${manifest.version}`;
    });
    return [...versions, ...proseDictionaries].join(' ');
  } catch {
    return undefined;
  }
}
