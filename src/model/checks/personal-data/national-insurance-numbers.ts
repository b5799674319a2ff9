import { matchesOf, type Detector } from './detector.ts';

// Two capitals, six digits and a final A to D, in any spacing: the shape HMRC gives, including its own example QQ 12 34 56 C.
// In lower case the final letter is needed, so "in 202324" is not one.
const niNumber = /(?<![\p{L}\p{N}])(?:[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]?|[a-z]{2} ?\d{2} ?\d{2} ?\d{2} ?[a-dA-D])(?![\p{L}\p{N}])/gu;

export const nationalInsuranceNumbers: Detector = {
  kind: 'national-insurance-number',
  find: (text) => matchesOf(text, niNumber),
  message: 'This looks like a National Insurance number.',
  fix: 'Remove it: a National Insurance number identifies a person. If it is not one, add a reviewed exception to data/privacy.yaml.',
};
