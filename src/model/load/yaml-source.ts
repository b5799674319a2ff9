import { LineCounter, isMap, isPair, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import type { ContentProblem } from './content-problem.ts';
import { contentLimits, fileTooLarge } from './content-limits.ts';

export type FieldPath = readonly PropertyKey[];

export interface Position {
  line: number;
  column: number;
}

export interface YamlSource {
  value: unknown;
  /** Where a field is written: the value if present, else its key, else the nearest parent. */
  locate(path: FieldPath): Position | undefined;
}

/**
 * Parses YAML keeping every node's position, so a schema error can name the
 * line it is on (Astro's own loader reports every error at line 0). Only the
 * core schema: a tag such as !!js/function is an error, never a value, and
 * aliases may expand only so far.
 */
export function parseYamlSource(text: string, file: string, lineOffset = 0): { source?: YamlSource; problems: ContentProblem[] } {
  const tooLarge = fileTooLarge(text, file);
  if (tooLarge) return { problems: [tooLarge] };
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true, schema: 'core', merge: false });
  const problems: ContentProblem[] = [...document.errors, ...document.warnings].map((error) => {
    const position = error.linePos?.[0];
    // The parser notices an unclosed quote only where the file ends; the line that opened it is more useful.
    const openQuoteLine = /quote/i.test(error.message) ? lineWithUnclosedQuote(text) : undefined;
    return {
      file,
      line: openQuoteLine !== undefined ? openQuoteLine + lineOffset : position ? position.line + lineOffset : undefined,
      column: position?.col,
      message: `The YAML cannot be read: ${firstSentence(error.message)}`,
      fix: yamlFix(error.code),
      severity: 'error' as const,
    };
  });
  if (document.errors.length > 0) return { problems };

  const positionOf = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + lineOffset, column: col };
  };

  const locate = (path: FieldPath): Position | undefined => {
    let node: Node | null | undefined = document.contents as Node | null;
    let fallback = node?.range ? positionOf(node.range[0]) : undefined;
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === key);
        if (!pair) return fallback;
        const keyNode = pair.key as Node;
        const valueNode = pair.value as Node | null;
        if (keyNode.range) fallback = positionOf(keyNode.range[0]);
        node = valueNode ?? undefined;
        if (!node) return fallback;
      } else if (isSeq(node) && typeof key === 'number') {
        node = node.items[key] as Node | undefined;
        if (!node) return fallback;
      } else {
        return fallback;
      }
      if (node.range) fallback = positionOf(node.range[0]);
    }
    return fallback;
  };

  let value: unknown;
  try {
    value = document.toJS({ maxAliasCount: contentLimits.maxAliasCount });
  } catch (error) {
    // The yaml package signals an alias bomb with a ReferenceError; anything else is a real fault.
    if (!(error instanceof ReferenceError)) throw error;
    return {
      problems: [
        {
          file,
          line: firstAliasLine(text) + lineOffset,
          message: `The YAML repeats itself through aliases (*name) far more than any report needs (more than ${contentLimits.maxAliasCount} times), so it is not read.`,
          fix: 'Write each value out in full instead of using & anchors and * aliases.',
          severity: 'error',
        },
      ],
    };
  }
  return { source: { value, locate }, problems };
}

/** The first line that uses an alias (*name), counted from 1. */
function firstAliasLine(text: string): number {
  return text.split('\n').findIndex((line) => /(?:^|[\s,[{:-])\*[^\s,\]}]+/.test(line)) + 1 || 1;
}

/** The first line whose value opens a quote it does not close, counted from 1. */
function lineWithUnclosedQuote(text: string): number | undefined {
  const lines = text.split('\n');
  const index = lines.findIndex((line) => {
    const value = /^\s*(?:-\s+)?[^:#]*:\s+(["'])(.*)$/.exec(line) ?? /^\s*-\s+(["'])(.*)$/.exec(line);
    if (!value) return false;
    const [, quote, rest] = value;
    return !rest.replace(quote === "'" ? /''/g : /\\"/g, '').includes(quote);
  });
  return index === -1 ? undefined : index + 1;
}

function firstSentence(message: string): string {
  return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '').trim();
}

function yamlFix(code: string): string {
  switch (code) {
    case 'DUPLICATE_KEY':
      return 'The same field is written twice here. Delete or rename one of them.';
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
    case 'UNEXPECTED_TOKEN':
      return 'Check the indentation (spaces, not tabs) and that every "key:" has a space after the colon. Text containing a colon or # must be in quotes.';
    case 'TAB_AS_INDENT':
      return 'Replace the tab at the start of the line with spaces.';
    default:
      return 'Check the line for a missing quote, colon or dash, and compare it with the lines around it.';
  }
}
