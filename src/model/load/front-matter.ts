/**
 * Splits a Markdown file into its front matter and body. Front matter is
 * YAML only: a file whose first line names another language ("---js",
 * "---coffee") is refused, never evaluated. gray-matter, which this replaces,
 * runs JavaScript front matter as code.
 */
export type FrontMatterSplit =
  | { ok: true; matter: string; body: string; /** The line of the file the front matter's first line is on. */ matterLine: number }
  | { ok: false; line: number; message: string; found: string; fix: string };

export function splitFrontMatter(text: string): FrontMatterSplit {
  const lines = text.replace(/^\uFEFF/, '').split('\n');
  const first = lines[0].replace(/\r$/, '');
  if (!first.startsWith('---')) return { ok: true, matter: '', body: text, matterLine: 1 };
  if (first.trimEnd() !== '---') {
    return {
      ok: false,
      line: 1,
      message: `The front matter is marked as "${first.slice(3).trim() || first}", not YAML. Only YAML front matter is allowed, and nothing in a file is ever run.`,
      found: first,
      fix: 'Start the file with a line of exactly three dashes (---), write the fields as YAML (field: value), and close them with another --- line.',
    };
  }
  const close = lines.findIndex((line, index) => index > 0 && /^(?:---|\.\.\.)\s*$/.test(line.replace(/\r$/, '')));
  if (close === -1) {
    return {
      ok: false,
      line: 1,
      message: 'The front matter opened on line 1 is never closed.',
      found: first,
      fix: 'Add a line of exactly three dashes (---) after the last field, before the section’s text.',
    };
  }
  return { ok: true, matter: lines.slice(1, close).join('\n'), body: lines.slice(close + 1).join('\n'), matterLine: 2 };
}
