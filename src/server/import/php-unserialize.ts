// Polylang keeps a translation group as a term whose description is a PHP-serialized
// array, language slug → post (or term) id: `a:2:{s:2:"en";i:10;s:2:"fr";i:12;}`.
// Only that shape is read, strictly (lengths are UTF-8 byte counts, as PHP writes
// them); anything else is refused rather than guessed at. No library on npm reads
// this one shape without also reading PHP objects, which we must never instantiate.

export class PhpUnserializeError extends Error {}

/** Reads `a:N:{…}` whose keys are strings and whose values are integers. */
export function unserializeStringIntMap(input: string): Map<string, number> {
  const bytes = Buffer.from(input.trim(), "utf8");
  let at = 0;
  const fail = (what: string): never => {
    throw new PhpUnserializeError(`Not a PHP array of string → integer (${what} at byte ${at})`);
  };
  const expect = (text: string) => {
    if (bytes.toString("latin1", at, at + text.length) !== text) fail(`expected "${text}"`);
    at += text.length;
  };
  const digits = (signed: boolean): number => {
    const start = at;
    if (signed && bytes[at] === 0x2d) at++;
    while (at < bytes.length && bytes[at]! >= 0x30 && bytes[at]! <= 0x39) at++;
    const text = bytes.toString("latin1", start, at);
    if (!/^-?\d{1,15}$/.test(text)) fail("expected a number");
    return Number(text);
  };
  expect("a:");
  const count = digits(false);
  expect(":{");
  const map = new Map<string, number>();
  for (let i = 0; i < count; i++) {
    expect("s:");
    const length = digits(false);
    expect(':"');
    if (at + length > bytes.length) fail("string past the end");
    const key = bytes.toString("utf8", at, at + length);
    at += length;
    expect('";i:');
    const value = digits(true);
    expect(";");
    if (map.has(key)) fail(`key "${key}" twice`);
    map.set(key, value);
  }
  expect("}");
  if (at !== bytes.length) fail("trailing data");
  return map;
}
