import { writeFileSync } from 'node:fs';
import { launchBrowser } from './src/build/find-browser.ts';
import { serveStatic } from './src/build/static-server.ts';
import { renderPdf } from './src/build/render-pdf.ts';
import { finishPdf } from './src/build/pdf-metadata.ts';
const server = await serveStatic(process.argv[2]);
const browser = await launchBrowser();
for (const path of process.argv.slice(3)) {
  let t = performance.now();
  const r = await renderPdf(browser, server.origin + path);
  const rs = performance.now() - t; t = performance.now();
  const f = await finishPdf(r.document, { title: 'T', author: 'A', subject: 'S', keywords: ['k'], language: 'en-GB' }, r);
  console.log(path, 'render', rs.toFixed(0), 'finish', (performance.now() - t).toFixed(0), f.pages, 'pages');
  writeFileSync('/tmp/exp13/' + path.replace(/\W+/g, '_') + '.pdf', f.bytes);
}
await browser.close(); await server.close();
