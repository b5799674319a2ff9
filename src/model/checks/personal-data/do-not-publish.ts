import { matchesOf, type Detector } from './detector.ts';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Names on the do-not-publish list, in any case and however the space between them is written. */
export const doNotPublish: Detector = {
  kind: 'name',
  find: (text, privacy) =>
    privacy.doNotPublish.flatMap(({ name }) =>
      matchesOf(text, new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name).replace(/\s+/g, '\\s+')}(?![\\p{L}\\p{N}])`, 'giu')),
    ),
  message: 'This name is on the do-not-publish list in data/privacy.yaml.',
  fix: 'Remove the name. For a child in a review, use the published pseudonym (for example "Baby Eva").',
};
