import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import subsetFont from 'subset-font';

/** The strings a stylesheet or script writes on the page: CSS `content` values and a script's string literals. */
function stringsIn(code: string): string[] {
  return [...code.matchAll(/(["'`])((?:\\.|(?!\1)[^\\])*)\1/g)].map((match) =>
    // Stylesheets write characters as escapes: content: '\2191'.
    match[2].replace(/\\([0-9a-f]{1,6})\s?/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16))),
  );
}

/**
 * Every character the built pages can show: the words of every page
 * (including the print pages the PDFs are made from, which embed the same
 * fonts), the strings that stylesheets and the search script add (running
 * heads, arrows, "Page 3 of 55", search messages), and the digits.
 */
export function charactersUsed(siteDir: string): string {
  const found = new Set<string>(' 0123456789');
  const add = (text: string) => {
    for (const character of text) found.add(character);
  };
  const visit = (node: Root | RootContent) => {
    if (node.type === 'text') add(node.value);
    if (node.type === 'element' || node.type === 'root') node.children.forEach(visit);
  };
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        // Pagefind's own files are written after this step, and show no text of theirs in the site's font.
        if (entry.name !== 'pagefind') walk(path);
      }
      else if (extname(entry.name) === '.html') visit(fromHtml(readFileSync(path, 'utf8')));
      else if (extname(entry.name) === '.css' || extname(entry.name) === '.js') stringsIn(readFileSync(path, 'utf8')).forEach(add);
    }
  };
  walk(siteDir);
  return [...found].sort().join('');
}

/**
 * Cuts each self-hosted font file in the built site down to the characters
 * the site uses, every weight alike, keeping its name and format, so a page
 * loads a fraction of the font. Returns each file's size before and after.
 */
export async function subsetFonts(siteDir: string): Promise<{ file: string; before: number; after: number }[]> {
  const text = charactersUsed(siteDir);
  const assets = join(siteDir, '_astro');
  const results = [];
  for (const name of readdirSync(assets).filter((file) => /\.woff2?$/.test(file))) {
    const path = join(assets, name);
    const original = readFileSync(path);
    // Kerning and figures of equal width (for tables) are kept; the font's alternates, which no page asks for, are not.
    const subset = await subsetFont(original, text, { targetFormat: name.endsWith('.woff2') ? 'woff2' : 'woff', keepFeatures: ['kern', 'tnum'] });
    writeFileSync(path, subset);
    results.push({ file: name, before: original.length, after: subset.length });
  }
  return results;
}
