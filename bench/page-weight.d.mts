export interface PageWeightRow {
  name: string;
  path: string;
  scripts: string[];
  jsRaw: number;
  jsGzip: number;
  htmlGzip: number;
  editor: boolean;
}
/** What else a first visit downloads, beside the JavaScript. */
export interface FirstVisitBytes {
  /** Of the HTML: Next's inline RSC payload (self.__next_f.push scripts), gzip on its own. */
  payloadGzip: number;
  cssGzip: number;
  /** The fonts the page preloads (woff2, as stored). */
  fontBytes: number;
  /** HTML + CSS + preloaded fonts + JS: a first visit's download. */
  totalGzip: number;
}
export const DEMO_PAGES: Record<string, string>;
export function scriptBytes(base: string, srcs: string[]): Promise<{ raw: number; gz: number; editor: boolean }>;
export function pageWeight(base: string, pages: Record<string, string>): Promise<(PageWeightRow & FirstVisitBytes)[]>;
