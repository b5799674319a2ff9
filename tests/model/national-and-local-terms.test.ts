import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { formatProblems } from '../../src/model/load/content-problem.ts';
import { inspectSite } from '../../src/model/inspect-site.ts';
import { nationalGlossaryFile, nationalRoot, nationalWordsFile } from '../../src/model/national/national-files.ts';
import { fixtureCopy } from '../helpers/fixture-copy.ts';
import { appRoot, fixtures } from '../helpers/paths.ts';

const governance = 'content/2030-31/governance.md';
const original = readFileSync(join(fixtures, 'minimal', governance), 'utf8');
const nationalTerms = (parse(readFileSync(join(nationalRoot, nationalGlossaryFile), 'utf8')) as { terms: { abbreviation: string }[] }).terms.map((term) => term.abbreviation);
const wordsOf = (file: string) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
const nationalWords = wordsOf(join(nationalRoot, nationalWordsFile));

async function inspect(changes: Record<string, string>) {
  const copy = fixtureCopy('minimal', changes);
  try {
    return await inspectSite(copy.root);
  } finally {
    copy.remove();
  }
}

describe('national and local word lists', () => {
  it('ship the national glossary and words with the code, not in a partnership’s data/', () => {
    assert.match(nationalGlossaryFile, /^src\//);
    assert.match(nationalWordsFile, /^src\//);
    assert.ok(nationalTerms.length > 20, `${nationalTerms.length} national terms`);
    assert.ok(nationalWords.length > 10, `${nationalWords.length} national words`);
  });

  it('accept an abbreviation and a word from the national lists in a project that does not list them itself', async () => {
    for (const [list, entry] of [[nationalTerms, 'TASP'], [nationalWords, 'adultification']] as const) assert.ok(list.includes(entry), entry);
    const { site, problems } = await inspect({ [governance]: `${original}\nThe TASP guidance on adultification was read.\n` });
    assert.deepEqual(problems.filter((problem) => problem.severity === 'error'), [], formatProblems(problems));
    assert.ok(site?.glossary.terms.some((term) => term.abbreviation === 'TASP'));
    assert.ok(site?.glossary.terms.some((term) => term.abbreviation === 'RSCP'), 'the local glossary is kept');
  });

  it('refuse an abbreviation given in both, on the line of the local one', async () => {
    const local = `${readFileSync(join(fixtures, 'minimal', 'data/glossary.yaml'), 'utf8')}  - abbreviation: MASH\n    expansion: Multi-Agency Safeguarding Hub\n`;
    const { problems } = await inspect({ 'data/glossary.yaml': local });
    const errors = problems.filter((problem) => problem.severity === 'error');
    assert.equal(errors.length, 1, formatProblems(problems));
    assert.equal(errors[0].file, 'data/glossary.yaml');
    assert.equal(errors[0].line, local.split('\n').findIndex((line) => line.includes('abbreviation: MASH')) + 1);
    const nationalLine = readFileSync(join(nationalRoot, nationalGlossaryFile), 'utf8').split('\n').findIndex((line) => line.includes('abbreviation: MASH')) + 1;
    assert.ok(errors[0].message.includes(`already in ${nationalGlossaryFile} (line ${nationalLine})`), errors[0].message);
  });
});

/** Every project in the repository: its own content, the worked example and each fixture, where they hold a data/ folder. */
const projects = [appRoot, join(appRoot, 'examples'), ...readdirSync(fixtures).map((name) => join(fixtures, name))].filter((root) => existsSync(join(root, 'data')));

// A copy of the worked example beside the national files must not clash with them, and a local entry that repeats a
// national one would stay behind, unnoticed, when the project changes the national one.
describe('the repository’s own glossaries and word lists', () => {
  it('has the three projects to look at: its own content, the worked example and the fixture', () => {
    assert.ok(projects.length >= 3, projects.join(', '));
  });

  for (const root of projects) {
    const name = root === appRoot ? 'the repository’s own data/' : root.slice(appRoot.length);
    it(`repeat no national abbreviation in ${name}`, () => {
      const terms = (parse(readFileSync(join(root, 'data/glossary.yaml'), 'utf8')) as { terms: { abbreviation: string }[] }).terms;
      assert.deepEqual(terms.map((term) => term.abbreviation).filter((abbreviation) => nationalTerms.includes(abbreviation)), []);
    });

    it(`repeat no national word in ${name}`, () => {
      const file = join(root, 'data/words.txt');
      assert.deepEqual(existsSync(file) ? wordsOf(file).filter((word) => nationalWords.includes(word)) : [], []);
    });
  }
});
