import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const appRoot = fileURLToPath(new URL('../../', import.meta.url));
export const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url));

/**
 * The content the site tests read and the built site they check: the
 * repository's own, unless SITE_CONTENT_ROOT and SITE_DIST name another
 * project and its build (tests/build/examples.test.ts runs the site and
 * print tests on the worked example that way).
 */
export const contentRoot = process.env.SITE_CONTENT_ROOT ?? appRoot;
export const dist = process.env.SITE_DIST ?? join(appRoot, 'dist');
