import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { appRoot } from './paths.ts';

/** Starts the preview server (npm run dev) on the project, and resolves with its address once it is ready. */
export async function previewServer(root: string): Promise<{ origin: string; stop(): void }> {
  const server = spawn(join(appRoot, 'node_modules/.bin/astro'), ['dev', '--host', '127.0.0.1', '--port', '0'], {
    cwd: appRoot,
    env: { ...process.env, CONTENT_ROOT: root },
  });
  let output = '';
  const origin = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the preview server did not start:\n${output}`)), 60_000);
    server.stdout.on('data', (chunk) => {
      output += chunk;
      const address = /Local\s+(http:\/\/127\.0\.0\.1:\d+)/.exec(output.replace(/\x1b\[[0-9;]*m/g, ''));
      if (address) {
        clearTimeout(timer);
        resolve(address[1]);
      }
    });
    server.on('exit', () => reject(new Error(`the preview server stopped:\n${output}`)));
  });
  return { origin, stop: () => server.kill() };
}
