import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { inspectSite } from '../../../src/model/inspect-site.ts';
import { settingsFiles, unknownSettingsFiles } from '../../../src/model/load/settings-files.ts';
import { fixtureCopy } from '../../helpers/fixture-copy.ts';

describe('the files beside the year folders in data/', () => {
  const root = mkdtempSync(join(tmpdir(), 'settings-files-'));
  mkdirSync(join(root, 'data'));
  after(() => rmSync(root, { recursive: true, force: true }));
  const withFiles = (...names: string[]) => {
    rmSync(join(root, 'data'), { recursive: true, force: true });
    mkdirSync(join(root, 'data'));
    for (const name of names) writeFileSync(join(root, 'data', name), 'x');
    return unknownSettingsFiles(root);
  };

  it('are the settings the report reads, and a logo, without complaint', () => {
    assert.deepEqual(withFiles(...settingsFiles, 'logo.svg', 'logo.png'), []);
  });

  it('may not include a misspelt settings file, which would be ignored', () => {
    const problems = withFiles('glosary.yaml');
    assert.equal(problems.length, 1);
    assert.equal(problems[0].file, 'data/glosary.yaml');
    assert.equal(problems[0].severity, 'error');
    assert.match(problems[0].expected!, /glossary\.yaml/);
  });

  it('say where the national lists went, for a fork that still keeps them in data/', () => {
    const problems = withFiles('national-glossary.yaml', 'national-words.txt');
    assert.deepEqual(problems.map((problem) => problem.file), ['data/national-glossary.yaml', 'data/national-words.txt']);
    assert.match(problems[0].message, /src\/model\/national\/glossary\.yaml/);
    assert.match(problems[0].fix!, /data\/glossary\.yaml/);
    assert.match(problems[1].fix!, /data\/words\.txt/);
  });

  it('stop the check of a whole project that has one file too many, as one error', async () => {
    const project = fixtureCopy('minimal', { 'data/national-glossary.yaml': 'terms: []\n' });
    try {
      const { site, problems } = await inspectSite(project.root);
      assert.equal(site, undefined);
      assert.deepEqual(problems.filter((problem) => problem.severity === 'error').map((problem) => problem.file), ['data/national-glossary.yaml']);
    } finally {
      project.remove();
    }
  });
});
