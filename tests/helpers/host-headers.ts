import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import sirv from 'sirv';
import type { StaticServer } from '../../src/build/static-server.ts';

export interface HeaderRule {
  path: string;
  headers: [string, string][];
}

/**
 * Reads a `_headers` file as Netlify and Cloudflare Pages document it: a
 * path at the start of a line, then its headers indented, one per line;
 * `#` starts a comment. Written here independently of the build's writer so
 * the test reads the file as a host would.
 */
export function parseHostHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), headers: [] });
      continue;
    }
    const colon = line.indexOf(':');
    if (colon === -1 || rules.length === 0) throw new Error(`Unreadable line in _headers: ${line}`);
    rules.at(-1)!.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/** A rule's path matches an address exactly, or up to its trailing `*`. */
export function ruleMatches(rule: HeaderRule, address: string): boolean {
  return rule.path.endsWith('*') ? address.startsWith(rule.path.slice(0, -1)) : address === rule.path;
}

/** The headers a host would send for an address: every matching rule, a repeated name joined with ", " as those hosts do. */
export function headersFor(rules: readonly HeaderRule[], address: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const rule of rules.filter((candidate) => ruleMatches(candidate, address))) {
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      headers.set(key, headers.has(key) ? `${headers.get(key)}, ${value}` : value);
    }
  }
  return headers;
}

/** Serves a built site on 127.0.0.1 sending the headers its `_headers` file gives, as such a host would. */
export async function serveWithHostHeaders(dir: string): Promise<StaticServer> {
  const rules = parseHostHeaders(readFileSync(join(dir, '_headers'), 'utf8'));
  const handler = sirv(dir, { dev: true, etag: false });
  const server = createServer((request, response) => {
    const address = new URL(request.url ?? '/', 'http://host').pathname;
    for (const [name, value] of headersFor(rules, address)) response.setHeader(name, value);
    handler(request, response, () => {
      response.statusCode = 404;
      response.end('Not found');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
