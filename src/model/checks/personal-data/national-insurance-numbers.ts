import { matchesOf, type Detector } from './detector.ts';

// Two letters, six digits and a final A to D, in any spacing or case: the shape HMRC gives, including its own example QQ 12 34 56 C.
const niNumber = /(?<![\p{L}\p{N}])[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]?(?![\p{L}\p{N}])/giu;

export const nationalInsuranceNumbers: Detector = {
  kind: 'national-insurance-number',
  find: (text) => matchesOf(text, niNumber),
  message: 'This looks like a National Insurance number.',
  fix: 'Remove it: a National Insurance number identifies a person. If it is not one, add a reviewed exception to data/privacy.yaml.',
};
