// A word-level diff of two texts (revisions, translation sources): the longest
// common subsequence of their tokens. Long texts are aligned paragraph by
// paragraph first, so the quadratic part stays small.

export interface DiffPart {
  kind: "same" | "added" | "removed";
  text: string;
}

type Op = { kind: DiffPart["kind"]; item: string };

const MAX_CELLS = 4_000_000;

/** The edit script between two sequences (item by item). */
export function lcs(a: string[], b: string[]): Op[] {
  if (a.length * b.length > MAX_CELLS) {
    return [...a.map((item) => ({ kind: "removed" as const, item })), ...b.map((item) => ({ kind: "added" as const, item }))];
  }
  const cols = b.length + 1;
  const table = new Uint32Array((a.length + 1) * cols);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      table[i * cols + j] = a[i] === b[j] ? table[(i + 1) * cols + j + 1]! + 1 : Math.max(table[(i + 1) * cols + j]!, table[i * cols + j + 1]!);
    }
  }
  const ops: Op[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      ops.push({ kind: "same", item: a[i]! });
      i++;
      j++;
    } else if (table[(i + 1) * cols + j]! >= table[i * cols + j + 1]!) ops.push({ kind: "removed", item: a[i++]! });
    else ops.push({ kind: "added", item: b[j++]! });
  }
  while (i < a.length) ops.push({ kind: "removed", item: a[i++]! });
  while (j < b.length) ops.push({ kind: "added", item: b[j++]! });
  return ops;
}

const words = (text: string) => text.match(/\s+|[^\s]+/g) ?? [];
const BREAK = "\n\n";

/** Parts that turn `before` into `after`. */
export function diffText(before: string, after: string): DiffPart[] {
  const out: DiffPart[] = [];
  const push = (kind: DiffPart["kind"], text: string) => {
    if (!text) return;
    const last = out.at(-1);
    if (last?.kind === kind) last.text += text;
    else out.push({ kind, text });
  };
  const ops = lcs(before.split(BREAK), after.split(BREAK));
  let first = true;
  for (let k = 0; k < ops.length; ) {
    if (!first) push("same", BREAK);
    first = false;
    if (ops[k]!.kind === "same") {
      push("same", ops[k]!.item);
      k++;
      continue;
    }
    // A run of changed paragraphs: diff its words.
    const removed: string[] = [];
    const added: string[] = [];
    while (k < ops.length && ops[k]!.kind !== "same") {
      (ops[k]!.kind === "removed" ? removed : added).push(ops[k]!.item);
      k++;
    }
    for (const op of lcs(words(removed.join(BREAK)), words(added.join(BREAK)))) push(op.kind, op.item);
  }
  return out;
}

/** True when the texts differ at all. */
export function hasChanges(parts: DiffPart[]): boolean {
  return parts.some((p) => p.kind !== "same");
}
