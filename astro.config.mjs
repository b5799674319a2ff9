// @ts-check
import { readFileSync } from 'node:fs';
import { defineConfig } from 'astro/config';
import { parse } from 'yaml';
import { builtPdfsInPreview } from './src/build/built-pdfs-in-preview.ts';

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
  vite: {
    plugins: [builtPdfsInPreview(root)],
    // Paged.js 0.4's CSS parser cannot read media range syntax such as (width>=48em), which
    // the minifier writes for newer targets; this target keeps (min-width: 48em).
    build: { cssTarget: ['chrome100', 'firefox100', 'safari15'] },
    server: { watch: { ignored: ['**/dist/**', '**/*.staging-*/**', '**/tests/fixtures/**'] } },
  },
});
