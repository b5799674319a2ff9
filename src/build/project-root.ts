import { fileURLToPath } from 'node:url';

/** Where the code lives (package.json, src/, node_modules/). */
export const appRoot: string = fileURLToPath(new URL('../../', import.meta.url));

/**
 * The folder holding content/ and data/, and where dist/ is written. It is the
 * project itself unless CONTENT_ROOT points elsewhere (tests build fixtures).
 */
export const projectRoot: string = process.env.CONTENT_ROOT ?? appRoot;
