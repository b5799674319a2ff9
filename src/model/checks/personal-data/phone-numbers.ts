import { findPhoneNumbersInText, parsePhoneNumberFromString } from 'libphonenumber-js/max';
import type { Detector } from './detector.ts';

const international = (text: string) => parsePhoneNumberFromString(text.replace(/^tel:/i, ''), 'GB')?.number;

/** UK phone numbers however they are spaced or punctuated (07400 123456, 07400-123456, +44 20 7946 0123), other than listed helplines. */
export const phoneNumbers: Detector = {
  kind: 'phone',
  find: (text) => findPhoneNumbersInText(text, 'GB').map((found) => ({ text: text.slice(found.startsAt, found.endsAt), index: found.startsAt })),
  isPublic: (text, privacy) => {
    const number = international(text);
    return privacy.publicPhoneNumbers.some((entry) => international(entry.number) === number);
  },
  message: 'This looks like a phone number that is not a listed public helpline or switchboard.',
  fix: 'Remove it if it is a person’s number. If it is a public helpline or switchboard, add it to publicPhoneNumbers in data/privacy.yaml.',
};
