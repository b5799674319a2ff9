import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * The words the British English dictionary has already accepted, kept between
 * runs so an unchanged report is checked without loading the dictionary,
 * which costs about a second each time. Only accepted words are kept: a word
 * the dictionary does not know is always looked up again, so a misspelling is
 * never let through from an old run. The list is thrown away whenever the
 * dictionary itself (its version or the dictionaries used) changes.
 */
export interface DictionaryCache {
  has(word: string): boolean;
  add(word: string): void;
  /** Writes the list if it gained words; a failure to write only costs speed next time. */
  save(): void;
}

export function openDictionaryCache(file: string | undefined, dictionaryId: string): DictionaryCache {
  const words = new Set<string>(file ? readCached(file, dictionaryId) : []);
  let changed = false;
  return {
    has: (word) => words.has(word),
    add: (word) => {
      if (words.has(word)) return;
      words.add(word);
      changed = true;
    },
    save: () => {
      if (!file || !changed) return;
      try {
        mkdirSync(dirname(file), { recursive: true });
        // Written aside and renamed, so a check run at the same time never reads half a file.
        const partial = `${file}.${process.pid}`;
        writeFileSync(partial, JSON.stringify({ dictionary: dictionaryId, words: [...words].sort() }));
        renameSync(partial, file);
        changed = false;
      } catch {
        // A read-only checkout still checks correctly, only more slowly.
      }
    },
  };
}

function readCached(file: string, dictionaryId: string): string[] {
  try {
    const cached = JSON.parse(readFileSync(file, 'utf8')) as { dictionary?: unknown; words?: unknown };
    if (cached.dictionary !== dictionaryId || !Array.isArray(cached.words)) return [];
    return cached.words.filter((word): word is string => typeof word === 'string');
  } catch {
    return []; // No list yet, or an unreadable one: the dictionary is simply loaded.
  }
}
