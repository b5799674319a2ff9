import type { SourceIndex } from './source-files.ts';

export interface SourceLocation {
  file: string;
  line: number;
}

function lineAt(text: string, index: number): number {
  return text.slice(0, index).split('\n').length;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Where in the content a piece of published text was written: the file
 * and line of its first occurrence, found as written, then with any spacing
 * and case (a PDF breaks lines, Markdown emphasis splits a phrase), then by
 * its longest word. Undefined when no file holds it: the software made it.
 */
export function traceToSource(sources: SourceIndex, published: string, skip: ReadonlySet<string> = new Set()): SourceLocation | undefined {
  const files = sources.all().filter((source) => !skip.has(source.file));
  const words = published.split(/[^\p{L}\p{N}@.+-]+/u).filter(Boolean);
  const flexible = new RegExp(words.map(escapeRegExp).join('[^\\p{L}\\p{N}]+'), 'iu');
  const longest = [...words].sort((a, b) => b.length - a.length)[0];
  const attempts: Array<(text: string) => number> = [
    (text) => text.indexOf(published),
    (text) => (words.length > 0 ? text.search(flexible) : -1),
    (text) => (longest && longest.length >= 4 ? text.toLowerCase().indexOf(longest.toLowerCase()) : -1),
  ];
  for (const attempt of attempts) {
    for (const source of files) {
      const index = attempt(source.text);
      if (index >= 0) return { file: source.file, line: lineAt(source.text, index) };
    }
  }
  return undefined;
}
