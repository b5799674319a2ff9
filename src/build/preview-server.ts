/**
 * `npm run dev`: checks the content, then runs Astro's preview server, which
 * reloads as files are edited. It stays one process to the person who
 * started it: Ctrl-C, or a signal to the process id it prints, stops the
 * server too, rather than leaving it holding the port.
 */
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { readCommandLine } from './command-line.ts';
import { appRoot } from './project-root.ts';

const { values } = readCommandLine({
  usage: 'npm run dev [-- --port 4321]',
  summary: 'Checks the content, then starts a preview server that reloads as you edit. Draft years show, with a "Draft" banner. Stop it with Ctrl-C.',
  options: {
    port: { type: 'string', default: '4321', description: 'The port to serve on; 0 picks a free one.' },
    host: { type: 'string', default: 'localhost', description: 'The address to serve on.' },
  },
});

const check = spawnSync(process.execPath, [join(appRoot, 'src/build/check-content.ts')], { stdio: 'inherit' });
if (check.status !== 0) process.exit(check.status ?? 1);

const astro = spawn(join(appRoot, 'node_modules', '.bin', 'astro'), ['dev', '--host', values.host, '--port', values.port], { cwd: appRoot, stdio: 'inherit' });
console.log(`Preview server starting (process ${process.pid}): stop it with Ctrl-C, or kill ${process.pid}.`);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    astro.kill(signal);
  });
}
astro.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
