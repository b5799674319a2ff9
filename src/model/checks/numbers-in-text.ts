/** A number as written in a sentence, with what surrounds it. */
export interface NumberInText {
  value: number;
  /** As written, for example "4,688" or "7.3%". */
  raw: string;
  index: number;
  percent: boolean;
  /** Part of a range ("510-551") or a date or age ("Aug-24", "12-14", "2024/25"). */
  inRange: boolean;
  /** A year such as 2025 (counts of a thousand or more are written with a comma in the report). */
  year: boolean;
  /** Up to six words before it, in lower case. */
  before: string;
  /** Up to three words after it, in lower case. */
  after: string;
}

const numberPattern = /(?<![\p{L}\p{N}.,£])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(\s?%)?(?![\p{L}\p{N}])/gu;

/** Every number written in the text, with enough context to tell what it counts. */
export function numbersIn(text: string): NumberInText[] {
  return [...text.matchAll(numberPattern)].map((match) => {
    const index = match.index;
    const end = index + match[0].length;
    const previousChar = text[index - 1] ?? '';
    const nextChar = text[end] ?? '';
    return {
      value: Number(match[1].replace(/,/g, '')),
      raw: match[0],
      index,
      percent: Boolean(match[2]),
      inRange: /[-–/]/.test(previousChar) || /[-–/]/.test(nextChar),
      year: /^(19|20)\d\d$/.test(match[1]) && !match[2],
      before: text.slice(Math.max(0, index - 60), index).toLowerCase().split(/\s+/).slice(-6).join(' '),
      after: text.slice(end, end + 40).toLowerCase().split(/\s+/).slice(0, 4).join(' '),
    };
  });
}

const changeWords = /\b(increase|increased|decrease|decreased|rise|rose|risen|fall|fell|fallen|grew|grown|growth|drop|dropped|decline|declined|reduction|reduced|up|down|higher|lower)\b/;

/** Percentages written as a change ("rose by 7%", "a 7.3% decrease"). */
export function percentChangesIn(text: string): NumberInText[] {
  return numbersIn(text).filter((number) => number.percent && (changeWords.test(number.before) || changeWords.test(number.after)));
}
