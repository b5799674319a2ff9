// @ts-check
import { readFileSync } from 'node:fs';
import { defineConfig } from 'astro/config';
import { parse } from 'yaml';
import { fileURLToPath } from 'node:url';
import { builtPdfsInPreview } from './src/build/built-pdfs-in-preview.ts';
import { subsetFonts } from './src/build/subset-fonts.ts';

const root = process.env.CONTENT_ROOT ?? new URL('.', import.meta.url).pathname;
/** The public address comes from the partnership's settings, so canonical links follow the content. */
function siteUrl() {
  try {
    return parse(readFileSync(`${root}/data/partnership.yaml`, 'utf8'))?.siteUrl;
  } catch {
    return undefined; // `npm run check` reports a missing or broken settings file in full.
  }
}

export default defineConfig({
  site: siteUrl(),
  outDir: process.env.ASTRO_OUT_DIR ?? './dist',
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // External stylesheets only: the Content-Security-Policy allows no inline styles.
    inlineStylesheets: 'never',
  },
  devToolbar: { enabled: false },
  integrations: [
    {
      // The fonts are cut down to the characters the built pages use, before the PDFs are printed from them.
      name: 'subset-fonts',
      hooks: { 'astro:build:done': async ({ dir }) => void (await subsetFonts(fileURLToPath(dir))) },
    },
  ],
  vite: {
    plugins: [builtPdfsInPreview(root)],
    // For newer targets the minifier folds animation-timeline into the animation shorthand,
    // which Chromium rejects, so a scrolling table would lose the words that say it scrolls.
    build: { cssTarget: ['chrome100', 'firefox100', 'safari15'] },
    server: { watch: { ignored: ['**/dist/**', '**/*.staging-*/**', '**/tests/fixtures/**'] } },
  },
});
