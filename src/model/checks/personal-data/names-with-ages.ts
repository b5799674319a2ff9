import { datePattern } from './dates.ts';
import { matchesOf, type Detector } from './detector.ts';

// A name (one to three capitalised words) right before an age or a birth date: "Amelia Thornbury, aged 7", "Amelia (aged 7)",
// "Amelia, 7 years old", "Amelia Thornbury, born 3 March 2015". Together they identify a child even when neither alone would.
// A bare number in brackets is not taken as an age: "Health (12)" in a table is a count.
const name = '\\p{Lu}[\\p{Ll}\\p{Lu}\'’-]+(?:\\s+\\p{Lu}[\\p{Ll}\\p{Lu}\'’-]+){0,2}';
const age = `(?:,?\\s+(?:aged?|who\\s+(?:is|was))\\s+\\d{1,2}(?!\\p{N})|\\s*\\(\\s*aged?\\s+\\d{1,2}\\s*\\)|,\\s*\\d{1,2}\\s*(?:years?|yrs?)[\\s-]old|,?\\s+(?:born|b\\.)\\s+(?:on\\s+)?${datePattern})`;
const nameWithAge = new RegExp(`(?<![\\p{L}])${name}${age}`, 'gu');
// A review names a child by a published pseudonym, never a real name: "Child A, aged 7" and "Baby Eva, aged 2" are how
// that is done. A group at the start of a sentence ("Children aged 10 to 17") is not a name either.
const notAName = /^(?:Child|Children|Baby|Babies|Young|Person|People|Sibling|Siblings|Infant|Infants|Mother|Father|Parent|Parents|Adult|Adults|Those|Girls|Boys|Pupils|Students|Learners|Teenagers|Residents|Families|Care|Everyone|Anyone|All|Most|Some|Many)\b/;

export const namesWithAges: Detector = {
  kind: 'name-with-age',
  find: (text) => matchesOf(text, nameWithAge, (match) => !notAName.test(match[0])),
  message: 'This gives a name together with an age or a birth date, which can identify a child.',
  fix: 'Use the review’s published pseudonym (for example "Child A") or leave out the age. If the name is not a person’s, add a reviewed exception to data/privacy.yaml.',
};
