// The `xliff` package (a third-party XLIFF reader and writer the tests check our
// files against) ships no types: these are its functions as the tests use them.
interface XliffJs {
  sourceLanguage?: string;
  targetLanguage?: string;
  resources: Record<string, Record<string, { source: unknown; target?: unknown }>>;
}
declare module "xliff/js2xliff" {
  export default function js2xliff(js: XliffJs, options?: object): Promise<string>;
}
declare module "xliff/jsToXliff12" {
  export default function jsToXliff12(js: XliffJs, options?: object): Promise<string>;
}
declare module "xliff/xliff2js" {
  export default function xliff2js(xml: string): Promise<XliffJs>;
}
declare module "xliff/xliff12ToJs" {
  export default function xliff12ToJs(xml: string): Promise<XliffJs>;
}
