import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { describe, it } from 'node:test';
import { processTree, watchPeakMemory } from '../../src/bench/process-tree-memory.ts';

describe('memory of a process tree', () => {
  it('finds a process started by a child, and counts a child holding 64 MiB as at least that', async () => {
    // The child starts a grandchild, then holds 64 MiB it has written to, so the pages are really in memory.
    const script = `require('node:child_process').spawn(process.execPath, ['-e', 'setTimeout(() => {}, 10000)'], { stdio: 'ignore' }).unref();
      const held = Buffer.alloc(64 * 1024 * 1024, 1); console.log('ready'); setTimeout(() => held.length, 10000);`;
    const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
    const watch = watchPeakMemory(child.pid as number, 50);
    // A busy machine may take seconds to start Node, so the test waits for the child to say it is ready.
    await new Promise((resolve) => child.stdout.once('data', resolve));
    await new Promise((resolve) => setTimeout(resolve, 300));
    const tree = processTree(child.pid as number);
    const peak = watch.stop();
    for (const pid of tree.slice(1).reverse()) process.kill(pid);
    child.kill();
    assert.equal(tree[0], child.pid);
    assert.ok(tree.length >= 2, `the tree holds ${tree.join(', ')}`);
    assert.ok(peak >= 64, `peak ${peak} MiB`);
  });
});
