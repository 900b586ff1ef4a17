import "server-only";
import { recordAudit } from "./audit/record-audit";
import type { Actor } from "./auth/actor-type";
import { db } from "./db";
import { ConflictError, NotFoundError } from "./errors";
import type { ReaderChanges } from "./publishing/after-change";
import { recordEvents } from "./webhooks/outbox";

/**
 * Moves a debate or an author to the trash (hidden from readers, whatever its
 * status) or back, with its audit event ("debate.delete", "author.restore", …).
 * Moving it where it already is is refused. The caller checks permission and
 * parses the input.
 */
export async function setTrashed(actor: Actor | null, kind: "debate" | "author", id: string, trashed: boolean): Promise<ReaderChanges> {
  return db.$transaction(async (tx) => {
    const row: { deletedAt: Date | null; name?: string } | null =
      kind === "author"
        ? await tx.author.findUnique({ where: { id }, select: { deletedAt: true, name: true } })
        : await tx.debate.findUnique({ where: { id }, select: { deletedAt: true } });
    if (!row) throw new NotFoundError(kind);
    if (Boolean(row.deletedAt) === trashed) throw new ConflictError("invalidTransition");
    const data = { deletedAt: trashed ? new Date() : null };
    if (kind === "author") await tx.author.update({ where: { id }, data });
    else await tx.debate.update({ where: { id }, data });
    await recordEvents(tx, [kind === "author" ? { type: "author.updated", authorId: id } : { type: "debate.updated", debateId: id }]);
    await recordAudit(tx, {
      actor,
      action: `${kind}.${trashed ? "delete" : "restore"}`,
      entityType: kind === "author" ? "Author" : "Debate",
      entityId: id,
      ...(row.name !== undefined ? { data: { name: row.name } } : {}),
    });
    return { readerChanges: kind === "author" ? { authorIds: [id] } : { debateIds: [id] } };
  });
}
