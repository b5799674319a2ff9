import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import subsetFont from 'subset-font';

/**
 * Every character the built pages can show: the words of every page
 * (including the print pages the PDFs are made from, which embed the same
 * fonts), the text that stylesheets add (running heads, arrows), and
 * printable ASCII, which covers page numbers and anything a reader types in
 * the search box.
 */
export function charactersUsed(siteDir: string): string {
  const found = new Set<string>();
  const add = (text: string) => {
    for (const character of text) found.add(character);
  };
  for (let code = 0x20; code < 0x7f; code++) found.add(String.fromCharCode(code));
  const visit = (node: Root | RootContent) => {
    if (node.type === 'text') add(node.value);
    if (node.type === 'element' || node.type === 'root') node.children.forEach(visit);
  };
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (extname(entry.name) === '.html') visit(fromHtml(readFileSync(path, 'utf8')));
      else if (extname(entry.name) === '.css' || extname(entry.name) === '.js') {
        // Stylesheets write characters as escapes (content: '\2191'); the search script writes its own words.
        add(readFileSync(path, 'utf8').replace(/\\([0-9a-f]{1,6})\s?/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16))));
      }
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
    const subset = await subsetFont(original, text, { targetFormat: name.endsWith('.woff2') ? 'woff2' : 'woff' });
    writeFileSync(path, subset);
    results.push({ file: name, before: original.length, after: subset.length });
  }
  return results;
}
