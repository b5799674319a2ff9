import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

/**
 * Serves a built site on 127.0.0.1 at a free port: for rendering PDFs and for
 * the browser tests. With `precompressed`, a file's .br or .gz copy is sent
 * when the browser accepts it, as a real web host compresses what it sends.
 */
export async function serveStatic(dir: string, options: { precompressed?: boolean } = {}): Promise<StaticServer> {
  const handler = sirv(dir, { dev: true, etag: false, brotli: options.precompressed, gzip: options.precompressed });
  const server: Server = createServer((request, response) =>
    handler(request, response, () => {
      response.statusCode = 404;
      response.end('Not found');
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
