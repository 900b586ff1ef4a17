import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Actor } from "../auth/actor-type";
import { ConflictError } from "../errors";
import { dropPending, holdPending, mayPublishIn } from "./store";

// The pending side of saving a debate's texts, a bio or an alt text: someone
// without publish rights in the locale who changes what readers see (a
// published debate's texts, any bio or alt text — author pages and images are
// public) stores a pending change for an editor to review instead. Called by
// the domain functions inside their own transactions.

type Tx = Prisma.TransactionClient;

/** Whether this person's change of a public text in `locale` must wait for review. */
export function mustWaitForReview(actor: Actor | null | undefined, locale: string): actor is Actor {
  return !!actor && !mayPublishIn(actor, locale);
}

interface DebateTexts {
  title: string;
  subtitle: string;
  intro: string;
  slug: string;
}

export async function holdDebateTranslation(
  tx: Tx,
  actor: Actor,
  debateId: string,
  data: DebateTexts & { locale: string },
  live: (DebateTexts & { version: number }) | undefined,
): Promise<{ version: number; slug: string; changed: false; pending: boolean }> {
  const key = { kind: "DEBATE_TRANSLATION" as const, recordId: debateId, locale: data.locale };
  const texts = { title: data.title, subtitle: data.subtitle, intro: data.intro, slug: data.slug || live?.slug || "" };
  // Told now, not when an editor publishes it: the slug must be free in its locale.
  const owner = texts.slug ? await tx.debateTranslation.findUnique({ where: { locale_slug: { locale: data.locale, slug: texts.slug } }, select: { debateId: true } }) : null;
  if (owner && owner.debateId !== debateId) throw new ConflictError("slugTaken");
  const same = !!live && (["title", "subtitle", "intro", "slug"] as const).every((f) => live[f] === texts[f]);
  if (same) await dropPending(tx, actor, key, null);
  else await holdPending(tx, actor, key, texts);
  return { version: live?.version ?? 0, slug: live?.slug ?? texts.slug, changed: false, pending: !same };
}

export async function holdBio(
  tx: Tx,
  actor: Actor,
  authorId: string,
  locale: string,
  bio: string,
  live: { bio: string; version: number } | undefined,
): Promise<{ version: number | null; changed: false; pending: boolean }> {
  const key = { kind: "AUTHOR_BIO" as const, recordId: authorId, locale };
  const same = (live?.bio ?? "") === bio;
  if (same) await dropPending(tx, actor, key, null);
  else await holdPending(tx, actor, key, { bio });
  return { version: live?.version ?? null, changed: false, pending: !same };
}

/** Each changed alt text becomes its locale's pending change; an unchanged one drops a pending change it had. */
export async function holdAlts(tx: Tx, actor: Actor, mediaId: string, alts: Record<string, string>, live: Record<string, string>): Promise<string[]> {
  const held: string[] = [];
  for (const [locale, alt] of Object.entries(alts)) {
    const key = { kind: "MEDIA_ALT" as const, recordId: mediaId, locale };
    if ((live[locale] ?? "") === alt) await dropPending(tx, actor, key, null);
    else {
      await holdPending(tx, actor, key, { alt });
      held.push(locale);
    }
  }
  return held;
}
