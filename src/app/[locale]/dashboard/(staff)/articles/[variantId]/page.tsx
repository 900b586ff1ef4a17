import "@/components/editor/editor.css";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { asLocale } from "@/lib/route-params";
import { ArticleEditor } from "@/components/editor/article-editor";
import { SharedFieldsPanel } from "@/components/editor/shared-fields-panel";
import { TrashButton } from "@/components/editor/trash-button";
import { Link } from "@/i18n/navigation";
import { isLocale, LOCALES, localeDir, localeInfo, SITE_TIME_ZONE } from "@/i18n/locales";
import { mediaSrc } from "@/lib/media/formats";
import { documentToPlainText, type RichTextDocument, textBlocks } from "@/lib/rich-text/document";
import { renderRichText } from "@/lib/rich-text/render";
import { TextDiff } from "@/components/editor/text-diff";
import { MarkUpToDateButton, TranslateIntoButton } from "@/components/translations/translation-buttons";
import { ReadOnlyVersion } from "@/components/translations/read-only-version";
import { versionView } from "@/lib/translations/read-only";
import { shownStatus } from "@/lib/articles/status";
import { checkBlocks } from "@/lib/translations/glossary-match";
import { listGlossary } from "@/server/translations/glossary";
import { memoryMatchesForBlocks } from "@/server/translations/memory";
import { getTranslationSource } from "@/server/translations/translate";
import { requireActor } from "@/server/auth/actor";
import { getVariantForEditor, listDebateChoices } from "@/server/articles/dashboard-queries";
import { getVariantPending } from "@/server/articles/pending";
import { isLive } from "@/server/articles/variant-store";
import { publishAllReadyPlan, transitionsFrom, TRANSITIONS } from "@/server/articles/workflow";
import { NotFoundError } from "@/server/errors";
import { can } from "@/server/permissions";
import { languageName } from "@/components/translations/language-names";

type Props = { params: Promise<{ locale: string; variantId: string }>; searchParams?: Promise<{ restored?: string }> };

async function load(props: Props) {
  const { locale: raw, variantId } = await props.params;
  const locale = asLocale(raw);
  const actor = await requireActor(locale);
  const variant = await getVariantForEditor(actor, variantId).catch((error) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  return { locale, actor, variant };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { variant } = await load(props);
  return { title: variant.title || "—" };
}

export default async function EditArticlePage(props: Props) {
  const { locale, actor, variant } = await load(props);
  setRequestLocale(locale);
  const t = await getTranslations("Editor");
  const tr = await getTranslations("Translations");
  const links = await getTranslations("TranslationLinks");
  const source = await getTranslationSource(actor, variant.id);
  const sourceLocale = source && isLocale(source.locale) ? source.locale : null;
  // For the side-by-side view: what the translation memory and the glossary know of each source block.
  const sourceBlockTexts = source ? source.body.content.map((block) => documentToPlainText(block)) : [];
  const [memory, rules] =
    source && sourceLocale
      ? await Promise.all([memoryMatchesForBlocks(actor, { sourceLocale, targetLocale: variant.locale, texts: sourceBlockTexts }), listGlossary(actor, { sourceLocale, targetLocale: variant.locale })])
      : [[], []];
  const glossary = checkBlocks(rules, sourceBlockTexts.map((text) => ({ source: text, target: null })));
  const changed = new Set(source?.changedBlocks ?? []);
  const fieldList = (fields: string[]) => new Intl.ListFormat(locale, { type: "conjunction" }).format(fields.map((f) => tr(`fields.${f as "title"}`)));
  const statuses = await getTranslations("Statuses");
  const pendingT = await getTranslations("Pending");
  // What "Restore" did (the revisions page sends the editor here afterwards).
  const restored = (await props.searchParams)?.restored;
  const restoredNotice = restored === "pending" ? pendingT("restoredPending") : restored === "published" ? pendingT("restoredPublished") : restored === "restored" ? pendingT("restored") : null;
  // A live version's editor holds its pending change, when it has one; readers keep the row's text.
  const pending = await getVariantPending(actor, variant);
  const text = pending?.text ?? { title: variant.title, slug: variant.slug, summary: variant.summary, body: variant.body as RichTextDocument, translators: variant.translators };
  const contentLocale = isLocale(variant.locale) ? variant.locale : "en";
  // A work in the trash is read-only until restored.
  const canEdit = can(actor, "variant.edit", { locale: variant.locale }) && !variant.article.deletedAt;
  // What someone who may not edit sees: the text itself, read-only (a translator reading the source).
  const readOnly = versionView({ mayEdit: canEdit, trashed: !!variant.article.deletedAt, variant });
  // A schedule whose time has come is shown, and handled, as published.
  const status = shownStatus(variant);
  const transitions = transitionsFrom(status).filter((name) => can(actor, TRANSITIONS[name].permission, { locale: variant.locale }));
  const article = variant.article;
  // Languages this work could be translated into, by this person, from this version.
  const translatable = LOCALES.filter((l) => !article.variants.some((v) => v.locale === l.code) && can(actor, "variant.create", { locale: l.code }));
  // The server's own rule: the button shows exactly when publishAllReady would publish.
  const canPublishAll = publishAllReadyPlan(actor, article.variants).allowed;

  return (
    <div className="editor-page">
      <nav className="breadcrumbs" aria-label={t("breadcrumbs")}>
        <Link href="/dashboard/articles">{t("allArticles")}</Link>
      </nav>
      <header className="editor-header">
        <p className="languages" data-testid="work-languages">
          {t("languages")}:{" "}
          {article.variants.map((v, i) => (
            <span key={v.id}>
              {i > 0 && " · "}
              {v.id === variant.id ? (
                <strong lang={v.locale}>{isLocale(v.locale) ? localeInfo(v.locale).label : v.locale}</strong>
              ) : (
                <Link href={`/dashboard/articles/${v.id}`} lang={v.locale}>
                  {isLocale(v.locale) ? localeInfo(v.locale).label : v.locale}
                </Link>
              )}{" "}
              <small>({statuses(shownStatus(v))})</small>
            </span>
          ))}
        </p>
        <p>
          <Link href={`/dashboard/articles/${variant.id}/languages`} data-testid="language-versions-link">
            {links("title")}
          </Link>
        </p>
        {translatable.length > 0 && !article.deletedAt && (
          <div className="translate-into" role="group" aria-label={tr("translateIntoHeading")}>
            {translatable.map((l) => (
              <TranslateIntoButton key={l.code} sourceVariantId={variant.id} locale={l.code} localeLabel={languageName(l.code, locale)} />
            ))}
          </div>
        )}
      </header>
      {source && sourceLocale && (
        <section className={source.outdated ? "notice source-status outdated" : "source-status"} data-testid="source-status" data-outdated={source.outdated}>
          {source.outdated ? (
            <>
              <p role="status">{tr("outdatedNotice", { fields: fieldList(source.changes.map((c) => c.field)) })}</p>
              <details open>
                <summary>{tr("whatChanged")}</summary>
                {source.changes.map((change) => (
                  <div key={change.field} data-testid={`source-change-${change.field}`}>
                    <h3>{tr(`fields.${change.field}`)}</h3>
                    <TextDiff parts={change.parts} lang={sourceLocale} dir={localeDir(sourceLocale)} />
                  </div>
                ))}
              </details>
              {canEdit && <MarkUpToDateButton target={{ kind: "variant", variantId: variant.id }} />}
            </>
          ) : (
            <p className="hint">{tr("upToDate")}</p>
          )}
        </section>
      )}
      {article.deletedAt && <p className="notice" role="status">{t("inTrash")}</p>}
      {restoredNotice && (
        <p className="notice" role="status" data-testid="restored-notice">
          {restoredNotice}
        </p>
      )}
      {can(actor, "article.delete") && (
        <p>
          <TrashButton articleId={article.id} trashed={article.deletedAt !== null} />
        </p>
      )}
      {readOnly.mode === "edit" ? (
        <ArticleEditor
          initial={{
            variantId: variant.id,
            articleId: article.id,
            locale: contentLocale,
            direction: localeDir(contentLocale),
            localeLabel: localeInfo(contentLocale).label,
            version: variant.version,
            title: text.title,
            slug: text.slug,
            summary: text.summary,
            body: text.body,
            status,
            publishAt: variant.publishAt?.toISOString() ?? null,
            transitions,
            canPublishAll,
            siteTimeZone: SITE_TIME_ZONE,
            suggestedPublishAt: suggestedPublishAt().toISOString(),
            authorCount: article.authors.length,
            translators: text.translators,
            offerMinorEdit: article.variants.length > 1,
            source:
              source && sourceLocale
                ? {
                    locale: sourceLocale,
                    direction: localeDir(sourceLocale),
                    // Named in the dashboard's language inside its sentence ("الأصل (الإنجليزية)").
                    localeLabel: languageName(sourceLocale, locale),
                    title: source.title,
                    summary: source.summary,
                    blocks: source.body.content.map((block, i) => ({
                      html: renderRichText({ type: "doc", content: [block] }),
                      changed: changed.has(i),
                      memory: memory[i] ?? [],
                      terms: (glossary[i] ?? []).map(({ term, translation, doNotTranslate, note }) => ({ term, translation, doNotTranslate, note })),
                    })),
                    // The editor checks the translation against these as it is written (a miss is flagged before submitting).
                    glossary: rules.length
                      ? { rules: rules.map(({ term, translation, doNotTranslate }) => ({ term, translation, doNotTranslate })), title: source.title, blocks: textBlocks(source.body).map((b) => documentToPlainText(b)) }
                      : null,
                  }
                : null,
            live: isLive(variant)
              ? { title: variant.title, slug: variant.slug, summary: variant.summary, body: variant.body as RichTextDocument, translators: variant.translators }
              : null,
            pending: pending && {
              needsReview: pending.needsReview,
              by: pending.by?.name ?? null,
              byYou: pending.by?.id === actor.id,
              updatedAt: pending.updatedAt.toISOString(),
            },
            mayPublish: can(actor, "variant.publish", { locale: variant.locale }),
            viewerId: actor.id,
          }}
        />
      ) : (
        <ReadOnlyVersion view={readOnly} />
      )}
      {can(actor, "article.editShared") && (
        <SharedFieldsPanel
          articleId={article.id}
          initialAuthors={article.authors.map((a) => ({ id: a.author.id, name: a.author.name }))}
          debates={await listDebateChoices(actor, locale)}
          initialDebateId={article.debateId}
          initialHeroCredit={article.heroCredit ?? ""}
          initialHero={article.heroImage ? { id: article.heroImage.id, src: mediaSrc(article.heroImage.storageKey) } : null}
          locale={contentLocale}
        />
      )}
    </div>
  );
}

/** The schedule box's first suggestion: an hour from now, on the next quarter hour. */
function suggestedPublishAt(now = Date.now()): Date {
  const quarter = 15 * 60_000;
  return new Date(Math.ceil((now + 3600_000) / quarter) * quarter);
}
