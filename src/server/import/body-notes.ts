// What body conversion did that a reader of the report should know: elements
// converted to something simpler, dropped, stripped as hostile, references broken.

export type NoteKind = "converted" | "dropped" | "hostile" | "broken";

export interface BodyNote {
  kind: NoteKind;
  /** e.g. "table → text", "<iframe>", "javascript: link", "image /wp-content/uploads/x.jpg". */
  what: string;
}

export class BodyNotes {
  readonly list: BodyNote[] = [];
  add(kind: NoteKind, what: string) {
    this.list.push({ kind, what });
  }
}
