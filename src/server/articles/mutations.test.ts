import { beforeAll, describe, expect, it } from "vitest";
import { paragraphsToDocument } from "@/lib/rich-text/document";
import { instantToZonedTime } from "@/lib/zoned-time";
import type { Actor } from "../auth/actor-type";
import { db } from "../db";
import { ConflictError, ForbiddenError, StaleVersionError, ValidationError } from "../errors";
import {
  createArticle,
  publishAllReady,
  restoreRevision,
  saveVariant,
  setArticleTrashed,
  transitionVariant,
  updateArticleShared,
} from "./mutations";
import { getArticleBySlug } from "./queries";
import { COALESCE_WINDOW_MS } from "./revisions";
import { publishAllReadyPlan } from "./workflow";
import { makeActor, uid } from "../../../test/support/actors";

let editor: Actor;
let otherEditor: Actor;
let translatorAr: Actor;
let authorId: string;

beforeAll(async () => {
  editor = await makeActor("EDITOR");
  otherEditor = await makeActor("EDITOR");
  translatorAr = await makeActor("TRANSLATOR", { locales: ["ar"] });
  authorId = (await db.author.create({ data: { name: "Writer", slug: `writer-${uid()}` } })).id;
});

async function newArticle(title = `Article ${uid()}`, withAuthor = true) {
  const { articleId, variantId } = await createArticle(editor, { locale: "en", title, authorIds: withAuthor ? [authorId] : [] });
  return { articleId, variantId };
}

const text = (s: string) => paragraphsToDocument([s]);
const save = (actor: Actor, variantId: string, baseVersion: number, body: string, extra: Record<string, unknown> = {}) =>
  saveVariant(actor, { variantId, baseVersion, title: "Title", slug: "", summary: "", body: text(body), ...extra });

describe("saving", () => {
  it("refuses a save based on an old version, with what is stored now, and loses nothing", async () => {
    const { variantId } = await newArticle();
    const first = await save(editor, variantId, 1, "Editor A's words");
    expect(first.version).toBe(2);
    const refused = save(otherEditor, variantId, 1, "Editor B's words");
    await expect(refused).rejects.toBeInstanceOf(StaleVersionError);
    const error = (await refused.catch((e) => e)) as StaleVersionError;
    expect(error.current).toMatchObject({ version: 2, body: text("Editor A's words") });
    const stored = await db.articleVariant.findUniqueOrThrow({ where: { id: variantId } });
    expect(stored.body).toEqual(text("Editor A's words"));
  });

  it("lets exactly one of twenty parallel saves from the same version win", async () => {
    const { variantId } = await newArticle();
    const results = await Promise.allSettled(Array.from({ length: 20 }, (_, i) => save(editor, variantId, 1, `attempt ${i}`)));
    const won = results.filter((r) => r.status === "fulfilled");
    const refused = results.filter((r) => r.status === "rejected");
    expect(won).toHaveLength(1);
    expect(refused.every((r) => (r as PromiseRejectedResult).reason instanceof StaleVersionError)).toBe(true);
    const stored = await db.articleVariant.findUniqueOrThrow({ where: { id: variantId } });
    expect(stored.version).toBe(2);
    // The stored text is the winner's, and its revision says the same: nothing half-written.
    const winner = results.findIndex((r) => r.status === "fulfilled");
    expect(stored.body).toEqual(text(`attempt ${winner}`));
    const head = await db.revision.findFirstOrThrow({ where: { variantId }, orderBy: { version: "desc" } });
    expect(head.body).toEqual(stored.body);
  });

  it.each<[string, unknown]>([
    ["a script node", { type: "doc", content: [{ type: "script", content: [{ type: "text", text: "alert(1)" }] }] }],
    ...["javascript:alert(1)", "JaVaScRiPt:alert(1)", "jav&#x09;ascript:alert(1)", "java\tscript:alert(1)", "data:text/html;base64,PHNjcmlwdD4=", "vbscript:msgbox", " javascript:alert(1)", "&#106;avascript:alert(1)"].map(
      (href): [string, unknown] => [`a link to ${JSON.stringify(href)}`, { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "x", marks: [{ type: "link", attrs: { href } }] }] }] }],
    ),
    ["an onclick attribute", { type: "doc", content: [{ type: "paragraph", attrs: { onclick: "alert(1)" }, content: [{ type: "text", text: "x" }] }] }],
    ["an image with onerror", { type: "doc", content: [{ type: "image", attrs: { src: "/media/a.png", onerror: "alert(1)" } }] }],
  ])("refuses %s and stores nothing", async (_, body) => {
    const { variantId } = await newArticle();
    await expect(saveVariant(editor, { variantId, baseVersion: 1, title: "T", slug: "", summary: "", body })).rejects.toBeInstanceOf(ValidationError);
    const stored = await db.articleVariant.findUniqueOrThrow({ where: { id: variantId } });
    expect(stored.version).toBe(1);
  });

  it("keeps slugs unique per language, with a clear conflict", async () => {
    const a = await newArticle();
    const b = await newArticle();
    const slug = `taken-${uid()}`;
    await save(editor, a.variantId, 1, "a", { slug });
    await expect(save(editor, b.variantId, 1, "b", { slug })).rejects.toMatchObject({ reason: "slugTaken" });
    await expect(save(editor, b.variantId, 1, "b", { slug: "Not A Slug" })).rejects.toBeInstanceOf(ValidationError);
  });

  it("refuses a save of shared fields that changed since the form saw them, and changes nothing", async () => {
    const { articleId } = await newArticle();
    const other = (await db.author.create({ data: { name: "Second writer", slug: `second-${uid()}` } })).id;
    const seen = { debateId: null, authorIds: [authorId], heroImageId: null, heroCredit: null };
    // Someone else adds an author first...
    await updateArticleShared(otherEditor, { articleId, authorIds: [authorId, other], expected: seen });
    // ...so a save based on what was seen before is refused, naming why.
    await expect(updateArticleShared(editor, { articleId, authorIds: [], heroCredit: "Mine", expected: seen })).rejects.toMatchObject({ reason: "sharedChanged" });
    const stored = await db.article.findUniqueOrThrow({ where: { id: articleId }, include: { authors: { orderBy: { position: "asc" } } } });
    expect(stored.authors.map((a) => a.authorId)).toEqual([authorId, other]);
    expect(stored.heroCredit).toBeNull();
    // Based on what is stored now, it goes through.
    await updateArticleShared(editor, { articleId, heroCredit: "Mine", expected: { ...seen, authorIds: [authorId, other] } });
    expect((await db.article.findUniqueOrThrow({ where: { id: articleId } })).heroCredit).toBe("Mine");
  });

  it("refuses a translator outside their languages, and fields they may not write", async () => {
    const { articleId, variantId } = await newArticle();
    await expect(save(translatorAr, variantId, 1, "x")).rejects.toBeInstanceOf(ForbiddenError);
    await expect(updateArticleShared(translatorAr, { articleId, authorIds: [] })).rejects.toBeInstanceOf(ForbiddenError);
    const stored = await db.articleVariant.findUniqueOrThrow({ where: { id: variantId } });
    expect(stored.version).toBe(1);
  });
});

describe("revisions", () => {
  it("coalesces one person's autosaves, and starts a new revision for another person or a status change", async () => {
    const { variantId } = await newArticle();
    await save(editor, variantId, 1, "one");
    await save(editor, variantId, 2, "two");
    await save(editor, variantId, 3, "three");
    let revisions = await db.revision.findMany({ where: { variantId }, orderBy: { version: "asc" } });
    expect(revisions.map((r) => [r.event, r.version])).toEqual([["create", 1], ["save", 4]]);
    expect(revisions[1]!.body).toEqual(text("three"));

    await save(otherEditor, variantId, 4, "four");
    await transitionVariant(editor, { variantId, baseVersion: 5, transition: "submit" });
    await save(editor, variantId, 6, "six");
    revisions = await db.revision.findMany({ where: { variantId }, orderBy: { version: "asc" } });
    expect(revisions.map((r) => r.event)).toEqual(["create", "save", "save", "submit", "save"]);
  });

  it("starts a new revision when the window has passed", async () => {
    const { variantId } = await newArticle();
    await save(editor, variantId, 1, "early");
    await db.revision.updateMany({ where: { variantId, event: "save" }, data: { createdAt: new Date(Date.now() - COALESCE_WINDOW_MS - 1000) } });
    await save(editor, variantId, 2, "later");
    expect(await db.revision.count({ where: { variantId, event: "save" } })).toBe(2);
  });

  it("restores an old revision as a new version, keeping the history", async () => {
    const { variantId } = await newArticle();
    await save(editor, variantId, 1, "first draft");
    await transitionVariant(editor, { variantId, baseVersion: 2, transition: "submit" });
    await save(editor, variantId, 3, "rewritten");
    const old = await db.revision.findFirstOrThrow({ where: { variantId, body: { equals: text("first draft") } } });
    const before = await db.revision.count({ where: { variantId } });

    const { version } = await restoreRevision(editor, { variantId, revisionId: old.id, baseVersion: 4 });
    expect(version).toBe(5);
    const stored = await db.articleVariant.findUniqueOrThrow({ where: { id: variantId } });
    expect(stored.body).toEqual(text("first draft"));
    const head = await db.revision.findFirstOrThrow({ where: { variantId }, orderBy: { version: "desc" } });
    expect(head).toMatchObject({ event: "restore", restoredFromId: old.id, version: 5 });
    expect(await db.revision.count({ where: { variantId } })).toBe(before + 1);
    expect(await db.auditEvent.count({ where: { entityId: variantId, action: "variant.restore" } })).toBe(1);
  });
});

describe("scheduling and publishing", () => {
  const zone = "Europe/Paris";
  // A fixed "now" (Paris is UTC+2 in June): the picker works in whole minutes.
  const now = new Date("2030-06-01T10:00:30Z");

  it.each([
    ["2030-06-01T11:59", "scheduleInPast"],
    ["2030-06-01T12:01", "scheduleTooSoon"],
    ["2030-03-31T02:30", "nonexistentTime"],
    ["2030-02-30T10:00", "impossibleDate"],
    ["next tuesday", "malformed"],
    [undefined, "required"],
  ])("refuses the schedule %j with %s and changes nothing", async (publishAt, message) => {
    const { variantId } = await newArticle();
    await save(editor, variantId, 1, "ready");
    const result = transitionVariant(editor, { variantId, baseVersion: 2, transition: "schedule", publishAt, timeZone: zone }, now);
    await expect(result).rejects.toBeInstanceOf(ValidationError);
    expect(((await result.catch((e) => e)) as ValidationError).issues[0]).toMatchObject({ path: ["publishAt"], message });
    expect(await db.articleVariant.findUniqueOrThrow({ where: { id: variantId } })).toMatchObject({ status: "DRAFT", version: 2, publishAt: null });
  });

  it("schedules in the editor's time zone, and unscheduling returns to draft", async () => {
    const { variantId } = await newArticle();
    await save(editor, variantId, 1, "ready");
    const when = new Date(Date.now() + 3 * 3600_000);
    when.setUTCSeconds(0, 0);
    const scheduled = await transitionVariant(editor, { variantId, baseVersion: 2, transition: "schedule", publishAt: instantToZonedTime(when, zone), timeZone: zone });
    expect(scheduled).toMatchObject({ status: "SCHEDULED", publishAt: when });
    const back = await transitionVariant(editor, { variantId, baseVersion: 3, transition: "unschedule" });
    expect(back).toMatchObject({ status: "DRAFT", publishAt: null });
  });

  it("publishes only what is complete: title, slug, text and an author", async () => {
    const { variantId } = await newArticle(`No author ${uid()}`, false);
    await save(editor, variantId, 1, "");
    const result = transitionVariant(editor, { variantId, baseVersion: 2, transition: "publish" });
    await expect(result).rejects.toBeInstanceOf(ValidationError);
    expect(((await result.catch((e) => e)) as ValidationError).issues.map((i) => i.message).sort()).toEqual(["authors", "body"]);
  });

  it("refuses an impossible transition", async () => {
    const { variantId } = await newArticle();
    await expect(transitionVariant(editor, { variantId, baseVersion: 1, transition: "unschedule" })).rejects.toBeInstanceOf(ConflictError);
  });

  it("publishes all ready languages together, or — if anything fails midway — none", async () => {
    const { articleId, variantId } = await newArticle();
    await save(editor, variantId, 1, "English text");
    await transitionVariant(editor, { variantId, baseVersion: 2, transition: "submit" });
    for (const locale of ["es", "fr"]) {
      const v = await db.articleVariant.create({ data: { articleId, locale, title: `T ${locale}`, slug: `t-${locale}-${uid()}`, body: text(`text ${locale}`), status: "IN_REVIEW" } });
      expect(v.status).toBe("IN_REVIEW");
    }

    await expect(
      publishAllReady(editor, { articleId }, { beforeCommit: () => { throw new Error("injected failure"); } }),
    ).rejects.toThrow("injected failure");
    const afterFailure = await db.articleVariant.findMany({ where: { articleId } });
    expect(afterFailure.every((v) => v.status === "IN_REVIEW" && v.publishedAt === null)).toBe(true);
    expect(await db.auditEvent.count({ where: { action: "variant.publish", entityId: { in: afterFailure.map((v) => v.id) } } })).toBe(0);

    const { published } = await publishAllReady(editor, { articleId });
    expect(published.sort()).toEqual(["en", "es", "fr"]);
    const after = await db.articleVariant.findMany({ where: { articleId } });
    expect(after.every((v) => v.status === "PUBLISHED" && v.publishAt !== null)).toBe(true);
  });

  it("offers “publish all ready” exactly when the server would publish them all", async () => {
    const { articleId, variantId } = await newArticle();
    await save(editor, variantId, 1, "Published text", { summary: "Summary" });
    await transitionVariant(editor, { variantId, baseVersion: 2, transition: "publish" });
    await db.articleVariant.create({ data: { articleId, locale: "ar", title: "عنوان", slug: `ar-${uid()}`, summary: "ملخص", body: text("نص"), status: "IN_REVIEW" } });
    const variants = await db.articleVariant.findMany({ where: { articleId } });
    // Only the Arabic version is ready: a translator who may publish Arabic may publish all that is ready.
    const granted = { ...translatorAr, canPublish: true };
    expect(publishAllReadyPlan(granted, variants).allowed).toBe(true);
    expect(publishAllReadyPlan(translatorAr, variants).allowed).toBe(false);
    await expect(publishAllReady(translatorAr, { articleId })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(publishAllReady(granted, { articleId })).resolves.toMatchObject({ published: ["ar"] });
    expect(publishAllReadyPlan(granted, await db.articleVariant.findMany({ where: { articleId } })).allowed).toBe(false);
  });

  it("lets a translator publish in their language only with the grant", async () => {
    const { articleId } = await newArticle();
    const ar = await db.articleVariant.create({ data: { articleId, locale: "ar", title: "عنوان", slug: `ar-${uid()}`, body: text("نص"), status: "IN_REVIEW" } });
    await expect(transitionVariant(translatorAr, { variantId: ar.id, baseVersion: 1, transition: "publish" })).rejects.toBeInstanceOf(ForbiddenError);
    const granted = { ...translatorAr, canPublish: true };
    await expect(transitionVariant(granted, { variantId: ar.id, baseVersion: 1, transition: "publish" })).resolves.toMatchObject({ status: "PUBLISHED" });
  });
});

describe("trash", () => {
  it("hides a whole work from readers at once, refuses edits while there, and restores it", async () => {
    const { articleId, variantId } = await newArticle();
    await save(editor, variantId, 1, "Published text");
    await transitionVariant(editor, { variantId, baseVersion: 2, transition: "publish" });
    const { slug } = await db.articleVariant.findUniqueOrThrow({ where: { id: variantId } });
    expect(await getArticleBySlug("en", slug)).toMatchObject({ kind: "found" });

    await expect(setArticleTrashed(translatorAr, { articleId }, true)).rejects.toBeInstanceOf(ForbiddenError);
    await setArticleTrashed(editor, { articleId }, true);
    expect(await getArticleBySlug("en", slug)).toBeNull();
    await expect(save(editor, variantId, 3, "edited in the trash")).rejects.toMatchObject({ code: "notFound" });

    await setArticleTrashed(editor, { articleId }, false);
    expect(await getArticleBySlug("en", slug)).toMatchObject({ kind: "found" });
    expect(await db.auditEvent.count({ where: { entityId: articleId, action: { in: ["article.trash", "article.restore"] } } })).toBe(2);
  });
});
