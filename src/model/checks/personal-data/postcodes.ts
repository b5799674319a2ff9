import { matchesOf, type Detector } from './detector.ts';

// A full UK postcode (outward and inward code) in any case, which with a house number locates a home.
const postcode = /(?<![\p{L}\p{N}])(?:[A-Z]{1,2}\d[A-Z\d]?|GIR) ?\d[ABD-HJLNP-UW-Z]{2}(?![\p{L}\p{N}])/giu;

export const postcodes: Detector = {
  kind: 'postcode',
  find: (text) => matchesOf(text, postcode),
  message: 'This is a full postcode, which with a street can point to someone’s home.',
  fix: 'Remove it or give only the area (for example "CR0"). If it is an office’s public address, add a reviewed exception to data/privacy.yaml.',
};
