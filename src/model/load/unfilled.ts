import { parse } from 'yaml';

/** Markdown without its <!-- comments -->, which readers never see. */
export function stripHtmlComments(markdown: string): string {
  return markdown.replace(/<!--[\s\S]*?(-->|$)/g, '').trim();
}

/** A YAML file that holds only comments (or nothing): a part of a draft not written yet. */
export function isUnfilledYaml(text: string): boolean {
  try {
    return parse(text) == null;
  } catch {
    return false; // A broken file is reported by the loader, not skipped.
  }
}

/** A Markdown file whose front matter and text are only comments: a section of a draft not written yet. */
export function isUnfilledMarkdown(text: string): boolean {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  const frontMatter = match ? match[1] : '';
  const body = match ? text.slice(match[0].length) : text;
  return isUnfilledYaml(frontMatter) && stripHtmlComments(body) === '';
}
