import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import type { Plugin } from 'vite';

/** The files only the build makes: the PDFs and the cover reports' Word documents. */
const contentTypes: Record<string, string> = {
  '.pdf': 'application/pdf',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/**
 * The preview server (`npm run dev`) renders pages as they are edited, but
 * the PDFs and Word documents are made only by the build, so their links
 * would answer 404. This serves those of the last build from dist/, and when there is none
 * yet, answers with a page saying how to make them.
 */
export function builtPdfsInPreview(projectRoot: string): Plugin {
  const dist = join(projectRoot, 'dist');
  return {
    name: 'built-pdfs-in-preview',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const path = decodeURIComponent(new URL(request.url ?? '/', 'http://preview').pathname);
        const type = contentTypes[extname(path)];
        if (!type) return next();
        const file = normalize(join(dist, path));
        if (!file.startsWith(dist + sep)) return next();
        if (existsSync(file) && statSync(file).isFile()) {
          response.writeHead(200, { 'Content-Type': type, 'Content-Length': statSync(file).size, 'Cache-Control': 'no-cache' });
          createReadStream(file).pipe(response);
          return;
        }
        response.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
        response.end(
          '<!doctype html><html lang="en-GB"><meta charset="utf-8"><title>Not built yet</title>' +
            `<h1>This file has not been built yet</h1><p>The preview shows the PDFs of the last <code>npm run build</code>; ${path.slice(1)} is not among them. Run <code>npm run build</code> and open this link again.</p>`,
        );
      });
    },
  };
}
