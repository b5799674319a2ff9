import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LineFinder } from '../checks/carried-priorities.ts';
import { parseYamlSource } from './yaml-source.ts';

/** Finds the line of a field in a YAML file under root, reading each file once. */
export function yamlLineFinder(root: string): LineFinder {
  const sources = new Map<string, ReturnType<typeof parseYamlSource>['source']>();
  return (file, path) => {
    if (!sources.has(file)) {
      let text: string | undefined;
      try {
        text = readFileSync(join(root, file), 'utf8');
      } catch {
        text = undefined;
      }
      sources.set(file, text === undefined ? undefined : parseYamlSource(text, file).source);
    }
    return sources.get(file)?.locate(path)?.line;
  };
}
