import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where the code lives (package.json, src/, node_modules/). */
export const appRoot: string = fileURLToPath(new URL('../../', import.meta.url));

/**
 * The folder holding content/ and data/, and where dist/ is written. It is the
 * project itself unless CONTENT_ROOT points elsewhere (tests build fixtures).
 */
export const projectRoot: string = process.env.CONTENT_ROOT ?? appRoot;

/** Where builds keep what they can reuse next time (PDFs, dictionary words); never published, ignored by git. */
export const cacheDir = (root: string): string => join(root, '.cache');

/** Where the spelling check keeps the words the dictionary accepted (see src/model/checks/dictionary-cache.ts). */
export const dictionaryCacheFile = (root: string): string => join(cacheDir(root), 'dictionary-words.json');
