import type { ContentProblem } from '../load/content-problem.ts';
import type { SourceFile } from '../load/source-files.ts';

// Bidirectional controls reorder how text is shown ("Keith Makin" can display as "Keith nikaM"), and zero-width
// characters hide inside a word so a name, a search or the do-not-publish list no longer matches it. Neither is
// ever typed on purpose in a report. (Zero-width joiners are left alone: emoji and some scripts need them.)
const hidden = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C\u200B\u2060\uFEFF\u00AD]/gu;

const names: Record<string, string> = {
  '\u202A': 'left-to-right embedding', '\u202B': 'right-to-left embedding', '\u202C': 'pop directional formatting',
  '\u202D': 'left-to-right override', '\u202E': 'right-to-left override', '\u2066': 'left-to-right isolate',
  '\u2067': 'right-to-left isolate', '\u2068': 'first strong isolate', '\u2069': 'pop directional isolate',
  '\u200E': 'left-to-right mark', '\u200F': 'right-to-left mark', '\u061C': 'Arabic letter mark',
  '\u200B': 'zero-width space', '\u2060': 'word joiner', '\uFEFF': 'zero-width no-break space', '\u00AD': 'soft hyphen',
};

/** Invisible characters that change how text is shown or matched, anywhere in a content or data file. */
export function checkHiddenCharacters(sources: readonly SourceFile[]): ContentProblem[] {
  return sources.flatMap((source) =>
    source.text.split('\n').flatMap((line, index) =>
      [...line.matchAll(hidden)]
        // A byte-order mark at the very start of a file is how some editors save it, and harmless.
        .filter((match) => !(index === 0 && match.index === 0 && match[0] === '\uFEFF'))
        .slice(0, 1)
        .map((match) => {
          const code = match[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
          const around = line.slice(Math.max(0, (match.index ?? 0) - 20), (match.index ?? 0) + 20).replace(hidden, (character) => `<U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}>`);
          return {
            file: source.file,
            line: index + 1,
            column: (match.index ?? 0) + 1,
            message: `This line has an invisible character (U+${code}, ${names[match[0]]}), which changes how the text is shown or stops it matching.`,
            found: around,
            fix: 'Delete the character: retype the word, or paste it as plain text. It is often copied in from a web page or a PDF.',
            severity: 'error' as const,
            check: 'hidden-characters',
          };
        }),
    ),
  );
}
