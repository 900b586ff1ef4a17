"use client";

import { useFormatter, useTranslations } from "next-intl";
import { type ReactNode, useEffect, useRef, useState } from "react";
import { saveVariantAction } from "@/server/actions/articles";
import { useRouter } from "@/i18n/navigation";
import type { TransitionName } from "@/lib/articles/schemas";
import { documentImages, documentToPlainText, type RichTextDocument, type RichTextNode, withImageAlt } from "@/lib/rich-text/document";
import { slugify } from "@/lib/slug";
import type { Failure } from "@/lib/action-result";
import { MediaPicker } from "@/components/dashboard/media-picker";
import { BlockAids } from "@/components/translations/block-aids";
import type { GlossaryRule } from "@/lib/translations/glossary-match";
import { useBlockAlignment } from "@/components/translations/block-alignment";
import { Autosaver, type SaveState } from "./autosaver";
import { type LiveText, PendingChanges } from "./pending-changes";
import { type PickedImage, RichTextEditor } from "./rich-text-editor";
import { WorkflowPanel } from "./workflow-panel";
import { STAFF_TIME } from "@/lib/staff-time";
import { isSafeImageSrc } from "@/lib/rich-text/safe-url";


export interface EditorVariant {
  variantId: string;
  articleId: string;
  locale: string;
  direction: "ltr" | "rtl";
  localeLabel: string;
  version: number;
  title: string;
  slug: string;
  summary: string;
  body: RichTextDocument;
  status: string;
  publishAt: string | null;
  /** Named transitions the signed-in person may make now. */
  transitions: TransitionName[];
  canPublishAll: boolean;
  siteTimeZone: string;
  /** An hour from the page's render, rounded: the schedule box's first suggestion. */
  suggestedPublishAt: string;
  /** Authors of the work, as saved (publishing needs one). */
  authorCount: number;
  /** Translator credit, shown to readers. */
  translators: string[];
  /** Offer "minor edit": other language versions follow this text. */
  offerMinorEdit: boolean;
  /** For a translation: the source it follows, shown beside it. */
  source: SourcePane | null;
  /** What readers see, when they see this version now: edits are then saved as a pending change. */
  live: { title: string; slug: string; summary: string; body: RichTextDocument; translators: string[] } | null;
  /** The pending change the editor opened with (its text is the editor's), if any. */
  pending: { needsReview: boolean; by: string | null; byYou: boolean; updatedAt: string } | null;
  /** Publish rights in this locale ("Publish changes"). */
  mayPublish: boolean;
  /** The signed-in person: a conflict with their own other window says so. */
  viewerId: string;
}

/** The source of a translation as the side-by-side view shows it (blocks rendered to safe HTML on the server). */
export interface SourcePane {
  locale: string;
  direction: "ltr" | "rtl";
  localeLabel: string;
  title: string;
  summary: string;
  blocks: {
    html: string;
    changed: boolean;
    /** Translation-memory matches for the block, best first (score 100: the same text). */
    memory: { score: number; targetText: string; target: RichTextNode[] }[];
    /** Glossary terms found in the block, with their required rendering. */
    terms: { term: string; translation: string; doNotTranslate: boolean; note: string }[];
  }[];
  /** The language pair's glossary and the source's title and text blocks, to check the translation as it is written. */
  glossary: { rules: GlossaryRule[]; title: string; blocks: string[] } | null;
}

export type Content = Pick<EditorVariant, "title" | "slug" | "summary" | "body" | "translators">;
interface Theirs {
  version: number;
  title: string;
  summary: string;
  body: unknown;
  updatedAt: string;
  by: string | null;
  byId: string | null;
}

const AUTOSAVE_DELAY_MS = 1500;

/**
 * Writing a language version: autosave while typing (debounced; the state shown
 * is the server's answer, not a guess), a warning before leaving unsaved work,
 * and — when someone else saved in between — both texts side by side instead of
 * a silent overwrite.
 */
export function ArticleEditor({ initial }: { initial: EditorVariant }) {
  const t = useTranslations("Editor");
  const errors = useTranslations("Errors");
  const fieldErrors = useTranslations("FieldErrors");
  const router = useRouter();
  const tr = useTranslations("Translations");
  const [content, setContent] = useState<Content>({ title: initial.title, slug: initial.slug, summary: initial.summary, body: initial.body, translators: initial.translators });
  const sourceBody = useRef<HTMLDivElement>(null);
  const targetBody = useRef<HTMLDivElement>(null);
  useBlockAlignment(sourceBody, targetBody, ".editor-body", initial.source !== null);
  const [state, setState] = useState<SaveState>("saved");
  const [failure, setFailure] = useState<Failure | null>(null);
  const [theirs, setTheirs] = useState<Theirs | null>(null);
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const [editorKey, setEditorKey] = useState(0);
  // Images pasted from outside the media library, left out of the text: named until dismissed.
  const [refusedImages, setRefusedImages] = useState<string[]>([]);
  // A translation-memory match to put in at the cursor (a new seq each click).
  const [insertion, setInsertion] = useState<{ seq: number; content: RichTextNode[] } | null>(null);
  const [live, setLive] = useState<LiveText | null>(initial.live);
  const [hasPending, setHasPending] = useState(initial.pending !== null);
  // Who saved the pending change last: as loaded, then this window's own saves.
  const [pendingInfo, setPendingInfo] = useState(initial.pending);
  // This window's id: its autosaves coalesce into one revision, never into another window's.
  const [editSession] = useState(() => (typeof crypto !== "undefined" && "randomUUID" in crypto ? crypto.randomUUID() : `${Date.now()}-${Math.random()}`));
  const format = useFormatter();
  // "Minor edit" applies to the saves made while it is ticked: unticked once one is done.
  const [minorEdit, setMinorEdit] = useState(false);
  const [saver] = useState(
    () =>
      new Autosaver<Content, Failure>(content, initial.version, {
        delayMs: AUTOSAVE_DELAY_MS,
        async save(snapshot, baseVersion, flags) {
          // Tiptap's JSON holds non-plain objects (attrs), which server actions
          // would not send as data: send a plain copy.
          const plain = JSON.parse(JSON.stringify(snapshot)) as Content;
          const result = await saveVariantAction({ variantId: initial.variantId, baseVersion, ...plain, minorEdit: !!flags.minorEdit, editSession }).catch(
            () => ({ ok: false, error: "unexpected" }) as Failure,
          );
          if (result.ok) {
            // The saver forgets the flag once saved; the box says so.
            if (flags.minorEdit) setMinorEdit(false);
            setSavedAt(new Date(result.data.savedAt));
            setHasPending(result.data.pending);
            if (result.data.pending) setPendingInfo({ needsReview: !initial.mayPublish, by: null, byYou: true, updatedAt: result.data.savedAt });
            return { ok: true, version: result.data.version };
          }
          if (result.error === "staleVersion" && result.current) setTheirs(result.current as Theirs);
          return { ok: false, conflict: result.error === "staleVersion", failure: result };
        },
        onState(next, failed) {
          setState(next);
          setFailure(failed);
        },
      }),
  );
  useEffect(() => () => saver.dispose(), [saver]);
  // The media library dialog, answering the editor's "insert image" with a promise.
  const [picking, setPicking] = useState<((image: PickedImage | null) => void) | null>(null);
  const pickImage = () => new Promise<PickedImage | null>((resolve) => setPicking(() => resolve));
  const closePicker = (image: PickedImage | null) => {
    picking?.(image);
    setPicking(null);
  };

  function change(patch: Partial<Content>) {
    const next = { ...saver.content, ...patch };
    setContent(next);
    saver.change(next);
  }

  // Leaving with unsaved work asks first.
  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (state !== "saved") event.preventDefault();
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [state]);

  // Ctrl/⌘-S saves now.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === "s") {
        event.preventDefault();
        void saver.flush();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [saver]);

  function keepMine() {
    if (!theirs) return;
    setTheirs(null);
    saver.resolve(theirs.version, saver.content, true);
  }

  function takeTheirs() {
    if (!theirs) return;
    const next = { ...saver.content, title: theirs.title, summary: theirs.summary, body: theirs.body as RichTextDocument };
    setContent(next);
    setTheirs(null);
    saver.resolve(theirs.version, next, false);
    setEditorKey((k) => k + 1); // remount the body editor with their text
  }

  const source = initial.source;
  const images = documentImages(content.body);
  // Images already in the text from outside the library (written before the rule, or imported): they cannot be saved.
  const outsideImages = images.filter((image) => !isSafeImageSrc(image.src));
  const removeOutsideImages = () => {
    change({ body: withoutImages(saver.content.body, (src) => !isSafeImageSrc(src)) });
    setEditorKey((k) => k + 1);
  };
  const invalid = new Map((failure?.issues ?? []).map((i) => [i.field, i.message]));
  const fieldError = (field: string) =>
    invalid.has(field) ? (
      <span className="field-error" role="alert" id={`${field}-error`}>
        {fieldErrors.has(invalid.get(field) as "required") ? fieldErrors(invalid.get(field) as "required") : errors("validation")}
      </span>
    ) : null;

  return (
    <div className={initial.source ? "article-editor translating" : "article-editor"} data-testid="article-editor">
      <div className="editor-status" aria-live="polite" data-testid="save-state" data-state={state}>
        {state === "saving" && t("saving")}
        {state === "saved" && (savedAt ? t("savedAt", { time: format.dateTime(savedAt, STAFF_TIME) }) : t("saved"))}
        {state === "dirty" && t("unsaved")}
        {state === "error" && (
          <span role="alert">
            {t("saveFailed")} {failure && errors(failure.error)}{" "}
            <button type="button" onClick={() => void saver.flush()}>
              {t("retry")}
            </button>
          </span>
        )}
        {state === "conflict" && <span role="alert">{errors("staleVersion")}</span>}
      </div>

      {theirs && (
        <section className="conflict" aria-labelledby="conflict-title" data-testid="conflict">
          <h2 id="conflict-title">{theirs.byId === initial.viewerId ? t("conflictTitleYou") : t("conflictTitle")}</h2>
          <div className="conflict-columns">
            <div>
              <h3>
                {theirs.byId === initial.viewerId
                  ? t("conflictTheirsYou", { time: format.dateTime(new Date(theirs.updatedAt), STAFF_TIME) })
                  : t("conflictTheirs", { name: theirs.by ?? "?", time: format.dateTime(new Date(theirs.updatedAt), STAFF_TIME) })}
              </h3>
              <div lang={initial.locale} dir={initial.direction} className="conflict-text" data-testid="conflict-theirs">
                <strong>{theirs.title}</strong>
                <p>{documentToPlainText(theirs.body as RichTextDocument)}</p>
              </div>
            </div>
            <div>
              <h3>{t("conflictMine")}</h3>
              <div lang={initial.locale} dir={initial.direction} className="conflict-text" data-testid="conflict-mine">
                <strong>{content.title}</strong>
                <p>{documentToPlainText(content.body)}</p>
              </div>
            </div>
          </div>
          <p>
            <button type="button" onClick={keepMine} data-testid="keep-mine">
              {t("keepMine")}
            </button>{" "}
            <button type="button" onClick={takeTheirs}>
              {t("takeTheirs")}
            </button>
          </p>
        </section>
      )}

      {live && (
        <PendingChanges
          initial={initial}
          saver={saver}
          content={content}
          live={live}
          hasPending={hasPending}
          pendingInfo={pendingInfo}
          onPublished={(text) => {
            setLive(text);
            setHasPending(false);
            router.refresh();
          }}
          onDiscarded={(text) => {
            setContent(text);
            setLive(text);
            setHasPending(false);
            setEditorKey((k) => k + 1); // the body editor shows the published text again
          }}
        />
      )}

      {initial.offerMinorEdit && (
        <label className="minor-edit">
          <input
            type="checkbox"
            data-testid="minor-edit"
            checked={minorEdit}
            onChange={(e) => {
              setMinorEdit(e.target.checked);
              saver.setFlags({ minorEdit: e.target.checked });
            }}
          />{" "}
          {tr("minorEdit")}
        </label>
      )}
      <div className={source ? "editor-fields side-by-side" : "editor-fields"} data-testid={source ? "side-by-side" : undefined}>
        <Row source={source && <SourceText pane={source} className="source-title">{source.title}</SourceText>}>
          {/* The content's language and direction are the fields' own; their labels and hints are the dashboard's. */}
          <label className="field">
            <span>{t("title")}</span>
            <input
              name="title"
              lang={initial.locale}
              dir={initial.direction}
              value={content.title}
              onChange={(e) => change({ title: e.target.value })}
              aria-invalid={invalid.has("title")}
              aria-describedby={invalid.has("title") ? "title-error" : undefined}
              className="title-input"
            />
            {fieldError("title")}
          </label>
        </Row>
        <Row source={source && <p className="hint">{tr("sourceReadOnly")}</p>}>
          <div className="field">
            <label htmlFor="slug-input">{t("slug")}</label>
            <span className="slug-row">
              <input
                id="slug-input"
                name="slug"
                lang={initial.locale}
                dir="auto"
                value={content.slug}
                onChange={(e) => change({ slug: e.target.value })}
                aria-invalid={invalid.has("slug")}
                aria-describedby={invalid.has("slug") ? "slug-error" : "slug-hint"}
              />
              <button type="button" onClick={() => change({ slug: slugify(content.title) || content.slug })} disabled={!content.title.trim()} data-testid="slug-from-title">
                {tr("slugFromTitle")}
              </button>
            </span>
            <small id="slug-hint">{t("slugHint")}</small>
            {fieldError("slug")}
          </div>
        </Row>
        <Row source={source && <SourceText pane={source} className="source-summary">{source.summary}</SourceText>}>
          <label className="field">
            <span>{t("summary")}</span>
            <textarea name="summary" lang={initial.locale} dir={initial.direction} rows={3} value={content.summary} onChange={(e) => change({ summary: e.target.value })} />
            {fieldError("summary")}
          </label>
        </Row>
        <Row
          source={
            source && (
              <div className="source-pane" data-testid="source-pane">
                <span className="source-label">{tr("sourcePane", { language: source.localeLabel })}</span>
                <div className="source-body prose" lang={source.locale} dir={source.direction} ref={sourceBody}>
                  {source.blocks.map((block, i) => (
                    <div key={i} className="source-block-wrap">
                      <div
                        className={block.changed ? "source-block changed" : "source-block"}
                        data-changed={block.changed || undefined}
                        title={block.changed ? tr("changedBlock") : undefined}
                        dangerouslySetInnerHTML={{ __html: block.html }}
                      />
                      <BlockAids block={block} targetLocale={initial.locale} targetDirection={initial.direction} onInsert={(content) => setInsertion({ seq: Date.now(), content })} />
                    </div>
                  ))}
                </div>
              </div>
            )
          }
        >
          <div className="field" ref={targetBody}>
            <span id="body-label">{t("body")}</span>
            <RichTextEditor
              key={editorKey}
              initialContent={content.body}
              direction={initial.direction}
              lang={initial.locale}
              onChange={(body) => change({ body })}
              onPickImage={pickImage}
              labelledBy="body-label"
              onRefusedImages={setRefusedImages}
              insertion={insertion}
            />
            {refusedImages.length > 0 && (
              <div role="alert" className="field-error" data-testid="images-refused">
                {t("imagesRefused", { images: refusedImages.map(imageName).join(", ") })}{" "}
                <button type="button" className="link-button" onClick={() => setRefusedImages([])}>
                  {t("dismiss")}
                </button>
              </div>
            )}
            {outsideImages.length > 0 && (
              <div role="alert" className="field-error" data-testid="outside-images">
                {t("outsideImages", { images: outsideImages.map((i) => imageName(i.src)).join(", ") })}{" "}
                <button type="button" onClick={removeOutsideImages}>
                  {t("removeOutsideImages")}
                </button>
              </div>
            )}
            <MediaPicker
              open={picking !== null}
              locale={initial.locale}
              onClose={() => closePicker(null)}
              onPick={(media) => closePicker({ src: media.src, alt: media.alt })}
            />
            {fieldError("body")}
          </div>
        </Row>
        {images.length > 0 && (
          <Row source={source && <span />}>
            <fieldset className="field image-alts" data-testid="image-alts">
              <legend>{tr("imageAlts")}</legend>
              {images.map((image, i) => (
                <label key={`${editorKey}-${i}`} className="image-alt">
                  {/* eslint-disable-next-line @next/next/no-img-element -- a thumbnail of the library's own file */}
                  <img src={image.src} alt="" width={64} height={48} />
                  <input
                    lang={initial.locale}
                    dir={initial.direction}
                    defaultValue={image.alt}
                    aria-label={tr("imageAltFor", { n: i + 1 })}
                    onBlur={(e) => {
                      if (e.target.value === image.alt) return;
                      change({ body: withImageAlt(saver.content.body, i, e.target.value.trim()) });
                      setEditorKey((k) => k + 1); // the body editor shows the new description
                    }}
                  />
                </label>
              ))}
            </fieldset>
          </Row>
        )}
        {(source || initial.translators.length > 0) && (
          <Row source={source && <span />}>
            <label className="field">
              <span>{tr("translators")}</span>
              <input
                name="translators"
                dir="auto"
                defaultValue={content.translators.join(", ")}
                onChange={(e) => change({ translators: splitNames(e.target.value) })}
                aria-describedby="translators-hint"
                data-testid="translators"
              />
              <small id="translators-hint">{tr("translatorsHint")}</small>
              {fieldError("translators")}
            </label>
          </Row>
        )}
      </div>

      <WorkflowPanel initial={initial} content={content} saver={saver} onChanged={() => router.refresh()} />
    </div>
  );
}

/** How an image is named in a message: its address, shortened (a data: URL is all noise). */
function imageName(src: string): string {
  if (src.startsWith("data:")) return `${src.slice(0, src.indexOf(",") > 0 ? Math.min(src.indexOf(","), 30) : 30)}…`;
  return src.length > 100 ? `${src.slice(0, 60)}…${src.slice(-30)}` : src;
}

/** The document without the images whose src `drop` says. */
function withoutImages(doc: RichTextDocument, drop: (src: string) => boolean): RichTextDocument {
  type Node = { type: string; attrs?: Record<string, unknown>; content?: Node[] };
  const walk = (node: Node): Node => (node.content ? { ...node, content: node.content.filter((c) => !(c.type === "image" && drop(String(c.attrs?.src ?? "")))).map(walk) } : node);
  return walk(doc as Node) as RichTextDocument;
}

/** Names typed as "A, B" (or one per line), without blanks or repeats. */
function splitNames(value: string): string[] {
  return [...new Set(value.split(/[,\n،]/u).map((name) => name.trim()).filter(Boolean))].slice(0, 10);
}

/** One row of the form: in the side-by-side view, the source's part beside the translation's. */
function Row({ source, children }: { source: ReactNode; children: ReactNode }) {
  if (!source) return <>{children}</>;
  return (
    <div className="sbs-row">
      <div className="sbs-source">{source}</div>
      <div className="sbs-target">{children}</div>
    </div>
  );
}

function SourceText({ pane, className, children }: { pane: SourcePane; className: string; children: string }) {
  return (
    <p className={className} lang={pane.locale} dir={pane.direction}>
      {children}
    </p>
  );
}
