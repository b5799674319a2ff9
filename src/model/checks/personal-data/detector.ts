import type { Privacy } from '../../schemas/privacy.ts';

/** A piece of text that could identify a person, where it starts in the text searched. */
export interface Match {
  text: string;
  index: number;
}

/**
 * One kind of personal data: how to find it, whether the privacy settings
 * let a found one be published without a reviewed exception, and what to
 * tell the person who wrote it. The content check and the check of the
 * built site use the same detectors.
 */
export interface Detector {
  kind: string;
  find(text: string, privacy: Privacy): Match[];
  isPublic?(text: string, privacy: Privacy): boolean;
  message: string;
  fix: string;
}

export function matchesOf(text: string, pattern: RegExp, accept: (match: RegExpMatchArray) => boolean = () => true): Match[] {
  return [...text.matchAll(pattern)].filter(accept).map((match) => ({ text: match[0].trim(), index: match.index ?? 0 }));
}
