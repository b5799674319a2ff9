import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { appRoot, fixtures } from '../helpers/paths.ts';

const stripColours = (text: string) => text.replace(/\x1b\[[0-9;]*m/g, '');

describe('npm run dev', () => {
  it('stops the whole preview server on a signal to the process it names, freeing its port', async () => {
    const dev = spawn('npm', ['run', '--silent', 'dev', '--', '--host', '127.0.0.1', '--port', '0'], {
      cwd: appRoot,
      env: { ...process.env, CONTENT_ROOT: join(fixtures, 'minimal') },
    });
    let output = '';
    const exited = new Promise<void>((resolve) => dev.on('exit', () => resolve()));
    const started = await new Promise<{ pid: number; origin: string }>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`the preview server did not start:\n${output}`)), 90_000);
      const read = (chunk: Buffer) => {
        output += stripColours(String(chunk));
        const pid = /\(process (\d+)\): stop it with Ctrl-C, or kill \1\./.exec(output)?.[1];
        const origin = /Local\s+(http:\/\/127\.0\.0\.1:\d+)/.exec(output)?.[1];
        if (pid && origin) {
          clearTimeout(timer);
          resolve({ pid: Number(pid), origin });
        }
      };
      dev.stdout.on('data', read);
      dev.stderr.on('data', read);
    });
    assert.equal((await fetch(`${started.origin}/`)).status, 200);
    process.kill(started.pid, 'SIGTERM');
    await exited;
    await assert.rejects(fetch(`${started.origin}/`), 'nothing answers on the port any more');
  });
});
