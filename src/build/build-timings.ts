import type { PdfFile } from './render-pdfs.ts';

export interface BuildTimingsReport {
  /** Wall time of each stage in the order they ran, in seconds. */
  stages: Record<string, number>;
  totalSeconds: number;
  pdfs: Array<{ href: string; pages: number; bytes: number; reused: boolean; renderSeconds: number; metadataSeconds: number }>;
}

const round = (seconds: number) => Number(seconds.toFixed(3));

/**
 * Wall time of each build stage, so the benchmark can show where a build's
 * time goes and whether it grows with the number of years.
 */
export class BuildTimings {
  private readonly started = performance.now();
  private last = this.started;
  private readonly stages: Record<string, number> = {};
  private files: PdfFile[] = [];

  /** Ends the stage that began at the previous lap. */
  lap(stage: string): void {
    const now = performance.now();
    this.stages[stage] = round((now - this.last) / 1000);
    this.last = now;
  }

  /** Ends the PDF stage, keeping the metadata and outline repair apart from the layout and printing. */
  pdfs(files: PdfFile[]): void {
    this.files = files;
    const metadata = files.reduce((sum, file) => sum + file.metadataSeconds, 0);
    const now = performance.now();
    this.stages.pdfs = round((now - this.last) / 1000 - metadata);
    this.stages['pdf metadata'] = round(metadata);
    this.last = now;
  }

  report(): BuildTimingsReport {
    return {
      stages: this.stages,
      totalSeconds: round((performance.now() - this.started) / 1000),
      pdfs: this.files.map((file) => ({
        href: file.job.href,
        pages: file.pages,
        bytes: file.bytes,
        reused: file.reused,
        renderSeconds: round(file.renderSeconds),
        metadataSeconds: round(file.metadataSeconds),
      })),
    };
  }
}
