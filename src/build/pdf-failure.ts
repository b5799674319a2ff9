import type { SourceIndex } from '../model/load/source-files.ts';
import { traceToSource } from '../model/load/trace-to-source.ts';

/** How an address is written in the content: a page's own files as "images/x.png", another site's in full. */
function asWritten(address: string): string {
  const url = new URL(address);
  if (!['127.0.0.1', 'localhost'].includes(url.hostname)) return address;
  return decodeURIComponent(url.pathname).replace(/^\/\d{4}-\d{2}\//, '').replace(/^\//, '');
}

/**
 * A PDF that could not be made, with the file and line that asked for each
 * address it names (a missing picture, a file from another site), so the
 * message points at the content rather than at the build's own server.
 */
export function describePdfFailure(cause: unknown, sources: SourceIndex, skip: ReadonlySet<string>): string {
  const message = cause instanceof Error ? cause.message : String(cause);
  return message.replace(/https?:\/\/[^\s:]+(?::\d+)?[^\s:]*/g, (address) => {
    let written: string;
    try {
      written = asWritten(address);
    } catch {
      return address;
    }
    const source = written ? traceToSource(sources, written, skip) : undefined;
    return source ? `${address} (asked for in ${source.file}, line ${source.line})` : address;
  });
}
