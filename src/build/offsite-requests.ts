import type { BrowserContext } from 'playwright-core';

/** A print page asked for something from another site; the PDF is not made. */
export class OffsiteRequestError extends Error {
  readonly urls: readonly string[];

  constructor(page: string, urls: readonly string[]) {
    super(`The PDF of ${page} could not be made: it asked for ${urls.length === 1 ? 'a file' : 'files'} from another site, which the build never fetches:\n  - ${urls.join('\n  - ')}`);
    this.name = 'OffsiteRequestError';
    this.urls = urls;
  }
}

/**
 * Stops every request a page makes to anywhere but the site's own origin,
 * before it leaves the machine, and records it. The PDF renderer sets the
 * page's Content-Security-Policy aside, so this, not the policy, is what
 * keeps a tracking pixel or a remote font out of a PDF.
 */
export async function blockOffsiteRequests(context: BrowserContext, origin: string): Promise<string[]> {
  const blocked: string[] = [];
  await context.route('**/*', (route) => {
    const address = route.request().url();
    if (new URL(address).origin === origin) return route.continue();
    if (!blocked.includes(address)) blocked.push(address);
    return route.abort('blockedbyclient');
  });
  return blocked;
}
