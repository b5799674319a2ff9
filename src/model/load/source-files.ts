import type { FieldPath, YamlSource } from './yaml-source.ts';

/**
 * What was read from each file, kept beside the validated model so that a
 * check on the model can still name the line a value is written on.
 */
export interface SourceFile {
  /** Path relative to the project root. */
  file: string;
  /** The whole file as written. */
  text: string;
  /** The YAML (a data file, or a Markdown file's front matter), when it could be read. */
  yaml?: YamlSource;
  /** A Markdown file's body and the line of the file it starts on. */
  markdown?: { body: string; line: number };
}

export class SourceIndex {
  private readonly files = new Map<string, SourceFile>();

  add(source: SourceFile): void {
    this.files.set(source.file, source);
  }

  get(file: string): SourceFile | undefined {
    return this.files.get(file);
  }

  all(): SourceFile[] {
    return [...this.files.values()];
  }

  /**
   * The line a field is written on. With `needle`, the first line from the
   * field onwards that contains it, so a number inside a paragraph of
   * commentary is reported on its own line rather than the paragraph's first.
   */
  lineOf(file: string, path: FieldPath = [], needle?: string): number | undefined {
    const source = this.files.get(file);
    const start = source?.yaml?.locate(path)?.line;
    if (!source || start === undefined) return undefined;
    return needle ? lineContaining(source.text, needle, start) ?? start : start;
  }
}

/** The first line at or after `from` (counted from 1) that contains the text, looking no further than the next key at the same indentation. */
export function lineContaining(text: string, needle: string, from = 1): number | undefined {
  const lines = text.split('\n');
  const indent = (line: string) => line.length - line.trimStart().length;
  const first = lines[from - 1];
  if (first === undefined) return undefined;
  for (let index = from - 1; index < lines.length; index++) {
    const line = lines[index];
    if (index > from - 1 && line.trim() !== '' && indent(line) <= indent(first) && !line.trimStart().startsWith('#')) return undefined;
    if (line.includes(needle)) return index + 1;
  }
  return undefined;
}
