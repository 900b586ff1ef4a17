import { beforeAll, describe, expect, it } from "vitest";
import type { VariantStatus } from "@/generated/prisma/enums";
import { paragraphsToDocument } from "@/lib/rich-text/document";
import { makeActor, uid } from "../../../test/support/actors";
import type { Actor } from "../auth/actor-type";
import { db } from "../db";
import { QUEUE_TABS, type QueueTab, translationCounts, translationQueue } from "./queue";

// Every language version of a work, other than its source, is in exactly one
// state for the translator: in progress (readers do not see it: draft, in
// review, scheduled for later, unpublished), outdated (readers see it and its
// source changed since), or up to date (in no queue). A language a work has no
// version in is missing.

let translator: Actor;
let debateId: string;
const body = paragraphsToDocument(["Text."]);
const past = new Date(Date.now() - 3600_000);
const future = new Date(Date.now() + 86_400_000);

beforeAll(async () => {
  translator = await makeActor("TRANSLATOR", { locales: ["ar"] });
  debateId = (await db.debate.create({ data: { status: "PUBLISHED", translations: { create: { locale: "en", title: "States", slug: `states-${uid()}` } } } })).id;
});

/** A published English source (content version 2 when `sourceChanged`) with an Arabic version in `status` that follows its version 1. */
async function translation(status: VariantStatus, { publishAt = null as Date | null, sourceChanged = false } = {}) {
  const key = uid();
  const article = await db.article.create({ data: { sourceLocale: "en", debateId } });
  const source = await db.articleVariant.create({
    data: {
      articleId: article.id,
      locale: "en",
      // The source's title changed since the revision the translation follows.
      title: sourceChanged ? `Source ${key}, revised` : `Source ${key}`,
      slug: `source-${key}`,
      body,
      status: "PUBLISHED",
      publishAt: past,
      version: sourceChanged ? 2 : 1,
      contentVersion: sourceChanged ? 2 : 1,
      revisions: { create: { version: 1, title: `Source ${key}`, slug: `source-${key}`, summary: "", body } },
    },
    include: { revisions: true },
  });
  const ar = await db.articleVariant.create({
    data: {
      articleId: article.id,
      locale: "ar",
      title: `ترجمة ${key}`,
      slug: `ar-${key}`,
      body,
      status,
      publishAt,
      sourceRevisionId: source.revisions[0]!.id,
      sourceVersion: 1,
    },
  });
  return ar.id;
}

async function tabsListing(variantId: string): Promise<QueueTab[]> {
  const tabs: QueueTab[] = [];
  for (const tab of QUEUE_TABS) {
    const { items } = await translationQueue(translator, { locale: "ar", tab, debateId });
    if (items.some((i) => i.translation?.variantId === variantId)) tabs.push(tab);
  }
  return tabs;
}

describe("queue states", () => {
  it("puts every Arabic version in exactly one queue state — unpublished and scheduled ones included — and counts what it lists", async () => {
    const before = (await translationCounts(translator)).find((c) => c.locale === "ar")!;
    const cases: [string, Promise<string>, QueueTab[]][] = [
      ["draft", translation("DRAFT"), ["inProgress"]],
      ["in review", translation("IN_REVIEW"), ["inProgress"]],
      ["unpublished", translation("ARCHIVED", { publishAt: past }), ["inProgress"]],
      ["unpublished, source changed since", translation("ARCHIVED", { publishAt: past, sourceChanged: true }), ["inProgress"]],
      ["scheduled for later", translation("SCHEDULED", { publishAt: future }), ["inProgress"]],
      ["draft, source changed since", translation("DRAFT", { sourceChanged: true }), ["inProgress"]],
      ["published, source changed since", translation("PUBLISHED", { publishAt: past, sourceChanged: true }), ["outdated"]],
      ["scheduled and due, source changed since", translation("SCHEDULED", { publishAt: past, sourceChanged: true }), ["outdated"]],
      ["published, up to date", translation("PUBLISHED", { publishAt: past }), []],
    ];
    for (const [name, made, expected] of cases) {
      expect({ name, tabs: await tabsListing(await made) }).toEqual({ name, tabs: expected });
    }

    // An in-progress version whose source changed still says what changed.
    const { items } = await translationQueue(translator, { locale: "ar", tab: "inProgress", debateId });
    expect(items.filter((i) => i.changedFields.length > 0).map((i) => i.changedFields)).toEqual([["title"], ["title"]]);

    const after = (await translationCounts(translator)).find((c) => c.locale === "ar")!;
    expect(after.inProgress - before.inProgress).toBe(6);
    expect(after.outdated - before.outdated).toBe(2);
    expect(after.missing - before.missing).toBe(0);
  });
});
