import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { childReadingTarget, measureReadingLevel } from '../../src/model/checks/reading-level.ts';

describe('the reading level of children’s text', () => {
  it('passes a plain passage of short sentences', () => {
    const result = measureReadingLevel('The police, doctors and the council work as a team. They help keep children safe. You can talk to them if you are worried.');
    assert.ok(result.passes, JSON.stringify(result));
    assert.ok(result.grade <= childReadingTarget.maxGrade);
  });

  it('fails a passage written for adults and names its hardest sentence', () => {
    const hard = 'The partnership operationalised the Working Together 2023 reforms with a sharper focus on demonstrable impact, system-wide learning and equitable outcomes.';
    const result = measureReadingLevel(`Children are safe. ${hard}`);
    assert.equal(result.passes, false);
    assert.equal(result.hardest[0].text, hard);
  });

  it('fails a sentence longer than the Easy Read limit even when its words are short', () => {
    const long = 'We went to the park and we saw a dog and a cat and a bird and a big red bus go by.';
    const result = measureReadingLevel(long);
    assert.ok(result.hardest.some((sentence) => sentence.words > childReadingTarget.maxWordsPerSentence));
    assert.equal(result.passes, false);
  });
});
