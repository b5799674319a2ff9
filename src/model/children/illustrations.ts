import { createRequire } from 'node:module';
import type { IconifyJSON } from '@iconify/types';

/**
 * The child version's pictures come from one set, Microsoft's Fluent Emoji
 * (flat style, MIT licence), so every picture on the page shares one style.
 * The set is read once, when first needed: it is large and only the child
 * version uses it.
 */
let set: IconifyJSON | undefined;

export function illustrationSet(): IconifyJSON {
  set ??= createRequire(import.meta.url)('@iconify-json/fluent-emoji-flat/icons.json') as IconifyJSON;
  return set;
}

export const illustrationSetName = 'Fluent Emoji Flat';

/**
 * Whether the set has a picture of this name that can be used. The few
 * pictures that define shapes by id are left out: the same picture twice on
 * a page would repeat its ids.
 */
export function hasIllustration(name: string): boolean {
  const { icons } = illustrationSet();
  return name in icons && !icons[name].body.includes(' id=');
}

/** Names in the set that contain each word of the name given, to suggest when a name is wrong. */
export function similarIllustrations(name: string, limit = 5): string[] {
  const words = name.toLowerCase().split(/[^a-z0-9]+/).filter((word) => word.length > 2);
  if (words.length === 0) return [];
  const { icons } = illustrationSet();
  return Object.keys(icons)
    .filter(hasIllustration)
    .map((candidate) => ({ candidate, hits: words.filter((word) => candidate.includes(word)).length }))
    .filter(({ hits }) => hits > 0)
    .sort((a, b) => b.hits - a.hits || a.candidate.length - b.candidate.length)
    .slice(0, limit)
    .map(({ candidate }) => candidate);
}
