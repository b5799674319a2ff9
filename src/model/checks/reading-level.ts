import readability from 'text-readability';

/**
 * The target for text written for children, in the spirit of GOV.UK (written
 * for a reading age of 9) and Easy Read (sentences of 10 to 15 words, one idea
 * each). A block passes when its Flesch-Kincaid grade is at most 5 (a reading
 * age of about 10; US grade + 5) and none of its sentences is longer than 15
 * words. Formulas are noisy on a sentence or two, so each block is measured as
 * a whole and the sentence length is what catches a single hard sentence.
 */
export const childReadingTarget = {
  maxGrade: 5,
  maxWordsPerSentence: 15,
} as const;

export interface SentenceMeasure {
  text: string;
  words: number;
  grade: number;
}

export interface BlockMeasure {
  grade: number;
  sentences: SentenceMeasure[];
  /** Sentences over the word limit or, when the block is too hard, its hardest ones. */
  hardest: SentenceMeasure[];
  passes: boolean;
}

export function splitSentences(text: string): string[] {
  return text
    .replace(/\s+/g, ' ')
    .split(/(?<=[.!?])\s+(?=["‘“(]?[A-Z0-9])/)
    .map((sentence) => sentence.trim())
    .filter(Boolean);
}

function wordCount(sentence: string): number {
  return sentence.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** Measures one block of child text against the target. */
export function measureReadingLevel(text: string, target = childReadingTarget): BlockMeasure {
  const plain = text.replace(/[*_`#>]/g, '').trim();
  const sentences = splitSentences(plain).map((sentence) => ({
    text: sentence,
    words: wordCount(sentence),
    grade: readability.fleschKincaidGrade(/[.!?]$/.test(sentence) ? sentence : `${sentence}.`),
  }));
  const grade = plain ? readability.fleschKincaidGrade(plain) : 0;
  const tooLong = sentences.filter((sentence) => sentence.words > target.maxWordsPerSentence);
  const tooHard = grade > target.maxGrade;
  const hardest = tooHard
    ? [...sentences].sort((a, b) => b.grade - a.grade).slice(0, 3)
    : tooLong;
  return { grade, sentences, hardest: [...new Set([...tooLong, ...hardest])], passes: !tooHard && tooLong.length === 0 };
}
