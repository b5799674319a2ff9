import { fileURLToPath } from 'node:url';

/**
 * What every partnership in England shares (Working Together's terms, national
 * bodies, common abbreviations and words of safeguarding practice) ships with
 * the code rather than in a partnership's data/: a fork edits data/ freely and
 * still takes the project's updates to these files without a conflict.
 */
export const nationalRoot: string = fileURLToPath(new URL('../../../', import.meta.url));
export const nationalGlossaryFile = 'src/model/national/glossary.yaml';
export const nationalWordsFile = 'src/model/national/words.txt';
