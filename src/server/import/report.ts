import type { BodyNote, NoteKind } from "./body-notes";

// What an import found and did, for the CLI (and a dry run, which does
// everything but write). Lists keep their first examples; counts are exact.

export type Outcome = "created" | "updated" | "unchanged";

const EXAMPLES = 5;

export class ImportReport {
  dryRun = false;
  site = "";
  /** Items in the file by post type. */
  readonly items = new Map<string, number>();
  /** "work" | "version" | "media" | "author" | "debate" → locale (or "-") → outcome → count. */
  readonly written = new Map<string, Map<string, Map<Outcome, number>>>();
  /** Groups by how many languages they hold. */
  readonly groupSizes = new Map<number, number>();
  readonly unknownLanguages = new Map<string, string[]>();
  /** "kind: what" → count and the posts where it was seen. */
  readonly notes = new Map<string, { kind: NoteKind; what: string; count: number; posts: string[] }>();
  readonly brokenReferences: string[] = [];
  readonly skipped: string[] = [];
  readonly problems: string[] = [];
  /** What changed in an update: "post 12 (fr): title, body". */
  readonly changes: string[] = [];

  count(what: string, type: string) {
    if (what === "items") this.items.set(type, (this.items.get(type) ?? 0) + 1);
  }

  wrote(type: string, locale: string, outcome: Outcome) {
    const byLocale = this.written.get(type) ?? new Map<string, Map<Outcome, number>>();
    const byOutcome = byLocale.get(locale) ?? new Map<Outcome, number>();
    byOutcome.set(outcome, (byOutcome.get(outcome) ?? 0) + 1);
    byLocale.set(locale, byOutcome);
    this.written.set(type, byLocale);
  }

  total(type: string, outcome?: Outcome): number {
    let n = 0;
    for (const byOutcome of this.written.get(type)?.values() ?? []) for (const [o, c] of byOutcome) if (!outcome || o === outcome) n += c;
    return n;
  }

  group(languages: number) {
    this.groupSizes.set(languages, (this.groupSizes.get(languages) ?? 0) + 1);
  }

  unknownLanguage(language: string, where: string) {
    const list = this.unknownLanguages.get(language) ?? [];
    list.push(where);
    this.unknownLanguages.set(language, list);
  }

  note(post: string, note: BodyNote) {
    const key = `${note.kind}: ${note.what}`;
    const entry = this.notes.get(key) ?? { ...note, count: 0, posts: [] };
    entry.count++;
    if (entry.posts.length < EXAMPLES && !entry.posts.includes(post)) entry.posts.push(post);
    this.notes.set(key, entry);
  }

  broken(what: string) {
    this.brokenReferences.push(what);
  }

  skip(what: string, why: string) {
    this.skipped.push(`${what}: ${why}`);
  }

  problem(what: string) {
    this.problems.push(what);
  }

  notesOf(kind: NoteKind) {
    return [...this.notes.values()].filter((n) => n.kind === kind);
  }

  /** The report as the CLI prints it. */
  format(): string {
    const lines: string[] = [];
    const list = (title: string, entries: string[], max = 30) => {
      if (!entries.length) return;
      lines.push(`${title} (${entries.length}):`);
      for (const e of entries.slice(0, max)) lines.push(`  - ${e}`);
      if (entries.length > max) lines.push(`  … and ${entries.length - max} more`);
    };
    lines.push(`${this.dryRun ? "Dry run (nothing written)" : "Import"} of ${this.site}`);
    lines.push(`Items in the file: ${[...this.items].map(([t, n]) => `${n} ${t}`).join(", ") || "none"}`);
    for (const [type, byLocale] of this.written) {
      const parts = [...byLocale].map(([locale, byOutcome]) => `${locale}: ${[...byOutcome].map(([o, n]) => `${n} ${o}`).join(", ")}`);
      lines.push(`${type}: ${parts.join(" · ")}`);
    }
    if (this.groupSizes.size) lines.push(`Translation groups: ${[...this.groupSizes].sort((a, b) => a[0] - b[0]).map(([size, n]) => `${n} with ${size} language${size > 1 ? "s" : ""}`).join(", ")}`);
    list("Unknown languages (their items were not imported; map them with --language xx=locale)", [...this.unknownLanguages].map(([l, where]) => `"${l}": ${where.length} item(s), e.g. ${where.slice(0, 3).join(", ")}`));
    const notes = (kind: NoteKind, title: string) => list(title, this.notesOf(kind).map((n) => `${n.what} ×${n.count} (${n.posts.join(", ")})`));
    notes("hostile", "Stripped as unsafe");
    notes("converted", "Converted");
    notes("dropped", "Dropped");
    list("Broken references", [...this.notesOf("broken").map((n) => `${n.what} ×${n.count} (${n.posts.join(", ")})`), ...this.brokenReferences]);
    list("Updated", this.changes);
    list("Skipped", this.skipped);
    list("Problems", this.problems);
    return lines.join("\n");
  }

  toJSON() {
    const obj = <V>(m: Map<string, V>) => Object.fromEntries(m);
    return {
      dryRun: this.dryRun,
      site: this.site,
      items: obj(this.items),
      written: Object.fromEntries([...this.written].map(([t, m]) => [t, Object.fromEntries([...m].map(([l, o]) => [l, obj(o)]))])),
      groups: Object.fromEntries(this.groupSizes),
      unknownLanguages: obj(this.unknownLanguages),
      notes: [...this.notes.values()],
      brokenReferences: this.brokenReferences,
      skipped: this.skipped,
      problems: this.problems,
      changes: this.changes,
    };
  }
}
