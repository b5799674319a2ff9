/**
 * Sizes no real report comes near (the largest file today is 12 KB), so a
 * file past them is a mistake — a pasted export, a generated file — and is
 * refused before it can slow every build down.
 */
export const contentLimits = {
  /** Any one YAML or Markdown file. */
  maxFileBytes: 256 * 1024,
  /** YAML aliases (*name) a file may expand; each can copy a whole subtree, so a few nested ones can fill the memory. */
  maxAliasCount: 100,
  /** A label, title or name: shown in headings, tables and bookmarks. */
  maxLabelChars: 200,
  /** One paragraph of prose. */
  maxParagraphChars: 4000,
} as const;

export function fileTooLarge(text: string, file: string) {
  const bytes = Buffer.byteLength(text);
  if (bytes <= contentLimits.maxFileBytes) return undefined;
  return {
    file,
    message: `This file is ${(bytes / 1024).toFixed(0)} KB, far larger than any part of a report (at most ${contentLimits.maxFileBytes / 1024} KB).`,
    fix: 'Check that the right file was saved here; split a very long section into the sections it belongs to.',
    severity: 'error' as const,
  };
}
