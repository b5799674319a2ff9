import { fileURLToPath } from 'node:url';

export const appRoot = fileURLToPath(new URL('../../', import.meta.url));
export const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
export const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url));
