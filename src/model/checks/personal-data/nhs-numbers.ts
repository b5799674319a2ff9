import { matchesOf, type Detector } from './detector.ts';

const tenDigits = /(?<![\p{N}+])\d{3}[ -]?\d{3}[ -]?\d{4}(?![\p{N}])/gu;

/** The NHS number's own check: weights 10 down to 2 on the first nine digits, modulus 11. */
export function hasNhsCheckDigit(number: string): boolean {
  const digits = number.replace(/\D/g, '').split('').map(Number);
  if (digits.length !== 10) return false;
  const sum = digits.slice(0, 9).reduce((total, digit, index) => total + digit * (10 - index), 0);
  const check = 11 - (sum % 11);
  return check !== 10 && (check === 11 ? 0 : check) === digits[9];
}

/** NHS numbers: ten digits, often written 3-3-4, whose last digit checks the others (so other ten-digit numbers rarely match). */
export const nhsNumbers: Detector = {
  kind: 'nhs-number',
  // A UK phone number starts with 0; an NHS number whose check digit happens to fit is still worth a look, but not a phone number.
  find: (text) => matchesOf(text, tenDigits, (match) => !match[0].startsWith('0') && hasNhsCheckDigit(match[0])),
  message: 'This looks like an NHS number (ten digits whose check digit is right).',
  fix: 'Remove it: an NHS number identifies a person. If it is not one, add a reviewed exception to data/privacy.yaml.',
};
