export interface PageWeightRow {
  name: string;
  path: string;
  scripts: string[];
  jsRaw: number;
  jsGzip: number;
  htmlGzip: number;
  editor: boolean;
}
export const DEMO_PAGES: Record<string, string>;
export function scriptBytes(base: string, srcs: string[]): Promise<{ raw: number; gz: number; editor: boolean }>;
export function pageWeight(base: string, pages: Record<string, string>): Promise<PageWeightRow[]>;
