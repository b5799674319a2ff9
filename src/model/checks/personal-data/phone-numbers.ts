import { findPhoneNumbersInText, parsePhoneNumberFromString } from 'libphonenumber-js/max';
import type { Detector } from './detector.ts';

// Stretches that could hold a phone number: seven or more digits with spacing or punctuation between them.
// libphonenumber reads only these, because scanning a whole 50-page report with it takes most of a second.
const candidates = /\+?\(?\d[\d\s().\-–]{5,24}\d/g;

const international = (text: string) => parsePhoneNumberFromString(text.replace(/^tel:/i, ''), 'GB')?.number;

/** UK phone numbers however they are spaced or punctuated (07400 123456, 07400-123456, +44 20 7946 0123), other than listed helplines. */
export const phoneNumbers: Detector = {
  kind: 'phone',
  find: (text) =>
    [...text.matchAll(candidates)].flatMap((candidate) => {
      const start = candidate.index ?? 0;
      return findPhoneNumbersInText(candidate[0], 'GB').map((found) => ({ text: candidate[0].slice(found.startsAt, found.endsAt), index: start + found.startsAt }));
    }),
  isPublic: (text, privacy) => {
    const number = international(text);
    return privacy.publicPhoneNumbers.some((entry) => international(entry.number) === number);
  },
  message: 'This looks like a phone number that is not a listed public helpline or switchboard.',
  fix: 'Remove it if it is a person’s number. If it is a public helpline or switchboard, add it to publicPhoneNumbers in data/privacy.yaml.',
};
