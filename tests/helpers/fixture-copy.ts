import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { mkdirSync } from 'node:fs';
import { fixtures } from './paths.ts';

/**
 * A throwaway copy of a fixture project with some files replaced (or, with
 * null, removed), so each test breaks exactly one thing.
 */
export function fixtureCopy(name: string, changes: Record<string, string | null> = {}): { root: string; remove(): void } {
  const root = mkdtempSync(join(tmpdir(), `report-${name}-`));
  cpSync(join(fixtures, name), root, { recursive: true, filter: (source) => !/[/\\]dist([/\\]|$)|staging-/.test(source) });
  for (const [path, text] of Object.entries(changes)) {
    const full = join(root, path);
    if (text === null) rmSync(full, { force: true });
    else {
      mkdirSync(dirname(full), { recursive: true });
      writeFileSync(full, text);
    }
  }
  return { root, remove: () => rmSync(root, { recursive: true, force: true }) };
}
