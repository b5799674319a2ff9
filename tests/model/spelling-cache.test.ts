import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { openDictionaryCache } from '../../src/model/checks/dictionary-cache.ts';
import type { ProseBlock } from '../../src/model/checks/prose-blocks.ts';
import { checkSpelling, loadSpeller } from '../../src/model/checks/spelling.ts';

const folder = mkdtempSync(join(tmpdir(), 'report-dictionary-cache-'));
after(() => rmSync(folder, { recursive: true, force: true }));

/** A Markdown file's text as the prose checks see it, each line numbered from 1. */
function prose(text: string): ProseBlock {
  return {
    file: 'content/2030-31/governance.md',
    text,
    lineAt: (offset) => text.slice(0, offset).split('\n').length,
    tree: () => unified().use(remarkParse).parse(text),
  };
}

/** The real dictionary, counting how often it is loaded. */
function countingLoader() {
  const loader = async (words: readonly string[]) => {
    loader.loads += 1;
    return loadSpeller(words);
  };
  loader.loads = 0;
  return loader;
}

const options = (cacheFile?: string) => ({ projectWords: ['Croydon'], wordsFile: 'data/words.txt', cacheFile });

describe('the words the dictionary accepted, kept between runs', () => {
  it('checks unchanged text again without loading the dictionary, with the same result', async () => {
    const cacheFile = join(folder, 'unchanged', 'dictionary-words.json');
    const text = prose('The partners in Croydon met every quarter to review safeguarding practice.');
    const first = countingLoader();
    assert.deepEqual(await checkSpelling([text], options(cacheFile), first), []);
    assert.equal(first.loads, 1);
    assert.ok(JSON.parse(readFileSync(cacheFile, 'utf8')).words.includes('safeguarding'));
    assert.ok(!JSON.parse(readFileSync(cacheFile, 'utf8')).words.includes('Croydon'), 'project words stay in data/words.txt alone');

    const second = countingLoader();
    assert.deepEqual(await checkSpelling([text], options(cacheFile), second), []);
    assert.equal(second.loads, 0);
  });

  it('never lets a misspelling through from an earlier run', async () => {
    const cacheFile = join(folder, 'misspelt', 'dictionary-words.json');
    const text = prose('The partners met every quarter.\n\nThey reveiwed safeguarding practice.');
    for (const run of [1, 2]) {
      const loader = countingLoader();
      const problems = await checkSpelling([text], options(cacheFile), loader);
      assert.equal(problems.length, 1, `run ${run}`);
      assert.equal(problems[0].found, 'reveiwed');
      assert.equal(problems[0].line, 3);
      assert.match(problems[0].expected ?? '', /"reviewed"/);
      assert.equal(loader.loads, 1, `run ${run} looks the unknown word up again`);
    }
  });

  it('finds the same problems with and without a kept list', async () => {
    const text = prose('Practitioners recieve training. The colour of the report is blue.');
    const without = await checkSpelling([text], options());
    const withCache = await checkSpelling([text], options(join(folder, 'same', 'dictionary-words.json')));
    assert.deepEqual(withCache, without);
    assert.deepEqual(without.map((problem) => problem.found), ['recieve']);
  });

  it('throws the list away when the dictionary changes, and survives an unreadable one', () => {
    const cacheFile = join(folder, 'versions', 'dictionary-words.json');
    const old = openDictionaryCache(cacheFile, 'dictionary version 1');
    old.add('safeguarding');
    old.save();
    assert.ok(openDictionaryCache(cacheFile, 'dictionary version 1').has('safeguarding'));
    assert.ok(!openDictionaryCache(cacheFile, 'dictionary version 2').has('safeguarding'));
    writeFileSync(cacheFile, '{ not json');
    assert.ok(!openDictionaryCache(cacheFile, 'dictionary version 1').has('safeguarding'));
  });
});
