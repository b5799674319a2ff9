/**
 * Lighthouse's four scores for pages of a built site, with its default mobile
 * settings (a mid-range phone on a slow 4G connection, simulated), driving
 * the same Chromium the build uses.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumArgs, findBrowser } from '../build/find-browser.ts';

export const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof categories)[number];

export interface LighthouseResult {
  url: string;
  /** 0 to 100 for each category. */
  scores: Record<Category, number>;
  /** The audits that fell short, to see what to fix. */
  failing: Array<{ id: string; title: string; score: number }>;
  /** Largest Contentful Paint and Total Blocking Time under the simulated phone, in milliseconds. */
  metrics: { largestContentfulPaint: number; totalBlockingTime: number; cumulativeLayoutShift: number };
}

export async function lighthouseScores(urls: readonly string[]): Promise<LighthouseResult[]> {
  const chrome = await chromeLauncher.launch({ chromePath: findBrowser(), chromeFlags: ['--headless=new', ...chromiumArgs] });
  const results: LighthouseResult[] = [];
  try {
    for (const url of urls) {
      const run = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...categories] });
      if (!run) throw new Error(`Lighthouse returned nothing for ${url}`);
      const { lhr } = run;
      if (lhr.runtimeError) throw new Error(`Lighthouse could not audit ${url}: ${lhr.runtimeError.message}`);
      const scores = Object.fromEntries(categories.map((category) => [category, Math.round((lhr.categories[category]?.score ?? 0) * 100)])) as Record<Category, number>;
      const failing = categories
        .flatMap((category) => lhr.categories[category]?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0)
        .map((ref) => lhr.audits[ref.id])
        .filter((audit) => audit.score !== null && audit.score < 1)
        .map((audit) => ({ id: audit.id, title: audit.title, score: audit.score ?? 0 }));
      const metric = (id: string) => Math.round(lhr.audits[id]?.numericValue ?? 0);
      results.push({
        url,
        scores,
        failing,
        metrics: {
          largestContentfulPaint: metric('largest-contentful-paint'),
          totalBlockingTime: metric('total-blocking-time'),
          cumulativeLayoutShift: Number((lhr.audits['cumulative-layout-shift']?.numericValue ?? 0).toFixed(3)),
        },
      });
    }
  } finally {
    chrome.kill();
  }
  return results;
}
