import type pg from "pg";

// What the database holds for a language version, to check saves against.
// Each acknowledged save bumps the variant's version by exactly one (optimistic
// concurrency in src/server/articles/mutations.ts) in the same transaction as
// its revision row. One person's autosaves within 5 minutes coalesce into one
// revision row, which each save updates — so intermediate texts are not kept,
// by design, but the head revision must always equal the variant.

export interface StoredVariant {
  version: number;
  bodyText: string;
  headVersion: number | null;
  headBodyText: string | null;
  revisionRows: number;
  /** Variant and head revision agree on version, title and body: nothing half-written. */
  consistent: boolean;
}

export async function storedVariant(client: pg.Client, variantId: string): Promise<StoredVariant> {
  const variant = (await client.query<{ version: number; title: string; body: unknown }>(`SELECT version, title, body FROM "ArticleVariant" WHERE id = $1`, [variantId])).rows[0];
  if (!variant) throw new Error(`No variant ${variantId}`);
  const revisions = (
    await client.query<{ version: number; title: string; body: unknown }>(`SELECT version, title, body FROM "Revision" WHERE "variantId" = $1 ORDER BY version DESC`, [variantId])
  ).rows;
  const head = revisions[0];
  const bodyText = JSON.stringify(variant.body);
  const headBodyText = head ? JSON.stringify(head.body) : null;
  return {
    version: variant.version,
    bodyText,
    headVersion: head?.version ?? null,
    headBodyText,
    revisionRows: revisions.length,
    consistent: !!head && head.version === variant.version && head.title === variant.title && headBodyText === bodyText,
  };
}
