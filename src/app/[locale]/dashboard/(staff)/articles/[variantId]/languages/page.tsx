import "@/components/translations/translation-links.css";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { asLocale } from "@/lib/route-params";
import { languageList, languageName } from "@/components/translations/language-names";
import { LinkArticleSearch } from "@/components/translations/link-article-search";
import { UnlinkVariantButton } from "@/components/translations/unlink-variant-button";
import { Link } from "@/i18n/navigation";
import { isLocale, localeDir, localeInfo } from "@/i18n/locales";
import { requireActor } from "@/server/auth/actor";
import { getVariantForEditor } from "@/server/articles/dashboard-queries";
import { NotFoundError } from "@/server/errors";
import { can } from "@/server/permissions";
import { unlinkRefusals } from "@/server/translations/link";
import { AssignTranslationForm, UnassignButton } from "@/components/translations/assignment-forms";
import { LOCALES } from "@/i18n/locales";
import { STAFF_DATE_TIME } from "@/lib/staff-time";
import { getStaffFormatter } from "@/server/dashboard/time-zone";
import { assignableStaff, assignmentsOfWork } from "@/server/translations/assignments";

type Props = { params: Promise<{ locale: string; variantId: string }>; searchParams: Promise<{ unlinked?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: asLocale((await params).locale), namespace: "TranslationLinks" });
  return { title: t("title") };
}

/** The language versions of one work: open, unlink, or link another work's versions to it. */
export default async function LanguageVersionsPage({ params, searchParams }: Props) {
  const { locale: raw, variantId } = await params;
  const locale = asLocale(raw);
  setRequestLocale(locale);
  const actor = await requireActor(locale);
  const variant = await getVariantForEditor(actor, variantId).catch((error) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const t = await getTranslations("TranslationLinks");
  const statuses = await getTranslations("Statuses");
  const article = variant.article;
  const trashed = article.deletedAt !== null;
  const only = article.variants.length < 2;
  const unlinked = [(await searchParams).unlinked].flat()[0];
  // Versions whose split would change translations of them the person may not edit.
  const unlinkRefused = await unlinkRefusals(actor, article.id);
  // Linking changes every version of both works: offered only to someone who may edit every version of this one
  // (each result of the search then says whether the other work is theirs to link too).
  const notTheirs = [...new Set(article.variants.map((v) => v.locale).filter((l) => !can(actor, "translation.link", { locale: l })))];
  const label = (code: string) => (isLocale(code) ? localeInfo(code).label : code);
  // Assignments: the work's open ones, and for editors the form to give one.
  const [assignments, staff] = await Promise.all([assignmentsOfWork(actor, article.id), can(actor, "translation.assign") ? assignableStaff(actor) : Promise.resolve(null)]);
  const at = await getTranslations("Assignments");
  const format = await getStaffFormatter();
  const dir = (code: string) => (isLocale(code) ? localeDir(code) : "auto");

  return (
    <div className="translation-links">
      <nav className="breadcrumbs">
        <Link href={`/dashboard/articles/${variantId}`}>
          ← <bdi lang={variant.locale}>{variant.title}</bdi>
        </Link>
      </nav>
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      {unlinked && isLocale(unlinked) && (
        <p role="status" className="form-notice" data-testid="unlink-done">
          {t("unlinked", { language: languageName(unlinked, locale) })}
        </p>
      )}
      {trashed && <p className="notice">{t("inTrash")}</p>}
      <table className="dashboard-table" data-testid="language-versions">
        <thead>
          <tr>
            <th scope="col">{t("language")}</th>
            <th scope="col">{t("articleTitle")}</th>
            <th scope="col">{t("status")}</th>
            <th scope="col">
              <span className="visually-hidden">{t("unlink")}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {article.variants.map((v) => (
            <tr key={v.id} data-testid="language-version" data-locale={v.locale} aria-current={v.id === variant.id ? "true" : undefined}>
              <td lang={v.locale}>{label(v.locale)}</td>
              <td lang={v.locale} dir={dir(v.locale)}>
                <Link href={`/dashboard/articles/${v.id}`} title={t("edit")}>
                  {v.title}
                </Link>
                {v.id === variant.id && (
                  <>
                    {" "}
                    <small lang={locale} dir={localeDir(locale)}>
                      ({t("thisVersion")})
                    </small>
                  </>
                )}
              </td>
              <td>{statuses(v.status)}</td>
              <td>
                {!trashed && (
                  <UnlinkVariantButton
                    variantId={v.id}
                    locale={v.locale}
                    disabledReason={
                      only ? "only" : !can(actor, "translation.unlink", { locale: v.locale }) ? "notAllowed" : unlinkRefused[v.id] ? "translated" : undefined
                    }
                    translatedInto={unlinkRefused[v.id]?.locales}
                  />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {!trashed && (
        <section className="link-article" aria-labelledby="link-article-title">
          <h2 id="link-article-title">{t("linkTitle")}</h2>
          {notTheirs.length === 0 ? (
            <>
              <p className="hint">{t("linkHint")}</p>
              <LinkArticleSearch variantId={variant.id} articleId={article.id} />
            </>
          ) : (
            <p className="hint" data-testid="link-not-offered">
              {t("linkNotHere", { languages: languageList(notTheirs, locale) })}
            </p>
          )}
        </section>
      )}
      {!trashed && (assignments.length > 0 || staff) && (
        <section aria-labelledby="assignments-title" data-testid="work-assignments">
          <h2 id="assignments-title">{at("current")}</h2>
          {assignments.length > 0 && (
            <ul>
              {assignments.map((a) => (
                <li key={a.locale} data-testid="work-assignment">
                  {languageName(a.locale, locale)} — {a.assignee}
                  {a.dueAt && <> · {at("due", { when: format.dateTime(a.dueAt, STAFF_DATE_TIME) })}</>}
                  {a.note && <> · {a.note}</>} {staff && <UnassignButton articleId={article.id} locale={a.locale} />}
                </li>
              ))}
            </ul>
          )}
          {staff && (
            <AssignTranslationForm
              articleId={article.id}
              languages={LOCALES.filter((l) => l.code !== article.sourceLocale).map((l) => ({ code: l.code, label: languageName(l.code, locale) }))}
              staff={staff}
            />
          )}
        </section>
      )}
    </div>
  );
}
