import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { clearBuildLeftovers } from '../../src/build/build-leftovers.ts';
import { describeFileSystemError } from '../../src/build/file-system-error.ts';
import { swapIn } from '../../src/build/swap-in.ts';

/** The id of a process that has finished, as an interrupted build's would be. */
function finishedPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(child.stdout);
}

function site(dir: string, title: string): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'index.html'), `<title>${title}</title>`);
}

describe('folders left by interrupted builds', () => {
  const root = mkdtempSync(join(tmpdir(), 'leftovers-'));
  after(() => rmSync(root, { recursive: true, force: true }));

  it('removes a staging folder whose build is no longer running, and leaves a running one’s alone', () => {
    const outDir = join(root, 'a', 'dist');
    site(outDir, 'Good');
    const stale = `${outDir}.staging-${finishedPid()}`;
    const running = `${outDir}.staging-${process.ppid}`;
    site(stale, 'Half built');
    site(running, 'Being built');
    const said = clearBuildLeftovers(outDir);
    assert.equal(existsSync(stale), false);
    assert.equal(existsSync(running), true);
    assert.equal(said.length, 1);
    assert.match(said[0], /left by an interrupted build/);
  });

  it('removes the checked model an interrupted build left beside its staging folder, and never takes it for a site', () => {
    const outDir = join(root, 'model', 'dist');
    const stale = `${outDir}.staging-${finishedPid()}.site.json`;
    mkdirSync(join(root, 'model'), { recursive: true });
    writeFileSync(stale, '{}');
    const said = clearBuildLeftovers(outDir);
    assert.equal(existsSync(stale), false);
    assert.equal(existsSync(outDir), false);
    assert.equal(said.length, 1);
  });

  it('puts back the previous site when an interrupted swap left none', () => {
    const outDir = join(root, 'b', 'dist');
    site(`${outDir}.previous-${finishedPid()}`, 'Last good build');
    clearBuildLeftovers(outDir);
    assert.equal(readFileSync(join(outDir, 'index.html'), 'utf8'), '<title>Last good build</title>');
    assert.deepEqual(readdirSync(join(root, 'b')), ['dist']);
  });
});

describe('the swap into dist/', () => {
  const root = mkdtempSync(join(tmpdir(), 'swap-'));
  after(() => rmSync(root, { recursive: true, force: true }));

  it('replaces the previous site with the new one', () => {
    const outDir = join(root, 'dist');
    site(outDir, 'Old');
    site(join(root, 'new'), 'New');
    swapIn(join(root, 'new'), outDir);
    assert.equal(readFileSync(join(outDir, 'index.html'), 'utf8'), '<title>New</title>');
    assert.deepEqual(readdirSync(root), ['dist']);
  });

  it('puts the previous site back when the new one cannot be moved in', () => {
    const outDir = join(root, 'dist');
    site(outDir, 'Old');
    assert.throws(() => swapIn(join(root, 'missing'), outDir), { code: 'ENOENT' });
    assert.equal(readFileSync(join(outDir, 'index.html'), 'utf8'), '<title>Old</title>');
    assert.deepEqual(readdirSync(root), ['dist']);
  });
});

describe('a file-system error', () => {
  it('is told in plain words naming the folder, not as a stack trace', () => {
    const error = Object.assign(new Error("EPERM: operation not permitted, rename 'dist' -> 'dist.previous-1'"), { code: 'EPERM', syscall: 'rename', path: 'dist', dest: 'dist.previous-1' });
    assert.equal(
      describeFileSystemError(error),
      'The build is not allowed to move dist to dist.previous-1. Check that you can write to the folder (it may be read-only, or owned by another user) and that no other program has it open, then run the build again.',
    );
  });

  it('is left to the caller when it is not a file-system error', () => {
    assert.equal(describeFileSystemError(new TypeError('x is undefined')), undefined);
  });
});
