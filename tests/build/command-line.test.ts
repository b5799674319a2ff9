import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { appRoot, fixtures } from '../helpers/paths.ts';

const commands = ['check-content.ts', 'build-site.ts', 'new-year.ts', 'publish-year.ts', 'screenshot-page.ts', '../bench/run-bench.ts'];
const run = (script: string, ...args: string[]) =>
  spawnSync(process.execPath, [join(appRoot, 'src/build', script), ...args], { env: { ...process.env, CONTENT_ROOT: join(fixtures, 'minimal') }, encoding: 'utf8' });

describe('every command', () => {
  for (const script of commands) {
    it(`${script} explains itself with --help and changes nothing`, () => {
      const result = run(script, '--help');
      assert.equal(result.status, 0, result.stderr);
      assert.match(result.stdout, /^Usage: npm run [a-z-]+/);
      assert.match(result.stdout, /--help\n/);
      assert.equal(result.stderr, '');
    });

    it(`${script} answers an unknown option with its usage, not a stack trace`, () => {
      const result = run(script, '--no-such-option');
      assert.equal(result.status, 2);
      assert.match(result.stderr, /^Unknown option '--no-such-option'\.\n\nUsage: npm run /);
      assert.doesNotMatch(result.stderr, /\bat .*\.(ts|js):\d+/);
    });
  }
});
