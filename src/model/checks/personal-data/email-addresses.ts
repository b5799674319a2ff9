import type { Detector, Match } from './detector.ts';

const written = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
// "jane dot smith at gmail dot com", "jane.smith (at) gmail.com": an address spelt out to dodge a filter still reaches a reader.
const part = '[\\p{L}\\p{N}_%+-]+';
const dot = '(?:\\.|\\s*[\\[(]\\s*dot\\s*[\\])]\\s*|\\s+dot\\s+)';
const at = '(?:\\s*[\\[(]\\s*at\\s*[\\])]\\s*|\\s+at\\s+)';
const spelt = new RegExp(`${part}(?:${dot}${part})*${at}${part}(?:${dot}${part})*${dot}(?:com|org|net|uk|gov|nhs|co|ac|sch|police|me|io|info)\\b`, 'giu');

/** The address a spelt-out one stands for, so it is compared with the lists as an address. */
export function normaliseAddress(text: string): string {
  return text
    .toLowerCase()
    .replace(new RegExp(at, 'giu'), '@')
    .replace(new RegExp(dot, 'giu'), '.')
    .replace(/^mailto:/, '');
}

/** An address shaped like a person's own (jane.smith@…), not a team's. */
function looksPersonal(address: string): boolean {
  return /^\p{L}+[._-]\p{L}+\d*@/u.test(address);
}

/** Email addresses, written or spelt out, other than listed team mailboxes and non-personal addresses at a partner's domain. */
export const emailAddresses: Detector = {
  kind: 'email',
  find: (text) => {
    const found: Match[] = [...text.matchAll(written)].map((match) => ({ text: match[0].replace(/\.+$/, ''), index: match.index ?? 0 }));
    for (const match of text.matchAll(spelt)) {
      // "at" alone is ordinary English ("online at childline.org.uk"); a spelt-out "dot" or a bracketed "(at)" is not.
      if (!/@/.test(match[0]) && /\bdot\b|[[(]\s*at\s*[\])]/i.test(match[0])) found.push({ text: match[0], index: match.index ?? 0 });
    }
    return found;
  },
  isPublic: (text, privacy) => {
    const address = normaliseAddress(text);
    if (privacy.publicEmailAddresses.some((listed) => listed.toLowerCase() === address)) return true;
    return privacy.organisationalEmailDomains.includes(address.split('@')[1] ?? '') && !looksPersonal(address);
  },
  message: 'This looks like a personal email address.',
  fix: 'Use the team’s shared mailbox or the contact page instead. If this is a shared mailbox, add it to publicEmailAddresses in data/privacy.yaml.',
};
