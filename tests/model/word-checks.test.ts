import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { abbreviationsDefinedInPlace } from '../../src/model/checks/abbreviations-defined-in-place.ts';
import { checkAcronyms } from '../../src/model/checks/acronyms.ts';
import type { ProseBlock } from '../../src/model/checks/prose-blocks.ts';
import { checkSpelling } from '../../src/model/checks/spelling.ts';

function prose(text: string, file = 'content/2030-31/governance.md'): ProseBlock {
  return { file, text, lineAt: (offset) => text.slice(0, offset).split('\n').length, tree: () => unified().use(remarkParse).parse(text) };
}
const spelling = (text: string, projectWords: string[] = [], abbreviations: string[] = []) =>
  checkSpelling([prose(text)], { projectWords, wordsFile: 'data/words.txt', abbreviations });
const acronyms = (...texts: string[]) => checkAcronyms(texts.map((text) => prose(text)), [{ abbreviation: 'NHS', expansion: 'National Health Service' }]).map((problem) => problem.found);

describe('the spelling check', () => {
  it('accepts a hyphenated word whose parts are words', async () => {
    assert.deepEqual(await spelling('Work was co-ordinated across the partnership, with a well-known multi-agency team.'), []);
  });

  it('reports a misspelt compound as the compound, which the word list can then hold', async () => {
    const [problem, ...rest] = await spelling('The Brixtonia-led review met monthly.');
    assert.equal(rest.length, 0);
    assert.equal(problem.found, 'Brixtonia-led');
    assert.deepEqual(await spelling('The Brixtonia-led review met monthly.', ['Brixtonia-led']), []);
    assert.deepEqual(await spelling('The Brixtonia-led review met monthly.', ['Brixtonia']), [], 'a listed part is enough');
  });

  it('does not read an email or web address as words', async () => {
    assert.deepEqual(await spelling('Write to team@northshirescp.example.org or see www.northshirescp.example.org/help today.'), []);
  });

  it('reads a heading set in capitals as words, and still finds a misspelling in it', async () => {
    assert.deepEqual(await spelling('# OUTCOMES AND IMPACT\n\nThe text.'), []);
    const problems = await spelling('# OUTCOMS FOR NHS\n\nThe text.', [], ['NHS']);
    assert.deepEqual(problems.map((problem) => problem.found), ['OUTCOMS']);
  });
});

describe('the abbreviation check', () => {
  it('accepts an abbreviation spelt out beside it, in either order, anywhere in the same file', () => {
    assert.deepEqual(acronyms('The Community Safety Partnership (CSP) met.', 'Later the CSP reported.'), []);
    assert.deepEqual(acronyms('The CSP (Community Safety Partnership) met.'), []);
    assert.deepEqual(acronyms('The Department for Education (DfE) wrote.'), []);
    assert.deepEqual(acronyms('The Multi-Agency Safeguarding Hub (MASH) and the Voluntary & Community Sector (VCS).'), []);
  });

  it('still reports one whose words in brackets do not spell it', () => {
    assert.deepEqual(acronyms('The Safety Partnership (CSP) met.'), ['CSP']);
    assert.deepEqual(acronyms('The partnership (YJS) met.'), ['YJS']);
  });

  it('reads a trailing + as part of the abbreviation, as the glossary writes it', () => {
    const lgbtq = (abbreviation: string) =>
      checkAcronyms([prose('Support for LGBTQ+ young people.')], [{ abbreviation, expansion: 'lesbian, gay, bisexual, trans, queer and other identities' }]).map((problem) => problem.found);
    assert.deepEqual(lgbtq('LGBTQ+'), []);
    assert.deepEqual(lgbtq('LGBTQ'), ['LGBTQ+']);
  });

  it('does not take a heading in capitals for abbreviations', () => {
    assert.deepEqual(acronyms('## OUTCOMES\n\nText about the CAMHS service.'), ['CAMHS']);
  });

  it('knows which abbreviations a text spells out', () => {
    assert.deepEqual([...abbreviationsDefinedInPlace('Community Safety Partnership (CSP); Youth Justice Service (YJS); the panel (CSPRP)')], ['CSP', 'YJS']);
  });
});
