import "@/components/dashboard/debate-author-audit.css";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { DebateSharedForm, DebateStatusActions, DebateTranslationForm } from "@/components/dashboard/debate-forms";
import { asLocale } from "@/lib/route-params";
import { Link } from "@/i18n/navigation";
import { isLocale, localeInfo } from "@/i18n/locales";
import { paths } from "@/lib/urls";
import { getActor, requireActor } from "@/server/auth/actor";
import { getDebateForEdit } from "@/server/debates/dashboard-queries";
import { pickTranslation } from "@/lib/translations/pick-translation";
import { NotFoundError } from "@/server/errors";
import { can } from "@/server/permissions";
import { PendingRecordNotice } from "@/components/dashboard/pending-record-notice";
import { getRecordPending } from "@/server/pending/queries";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale: raw, id } = await params;
  const locale = asLocale(raw);
  const t = await getTranslations({ locale, namespace: "Debates" });
  const debate = await getDebateForEdit(await getActor(), id).catch(() => null);
  const title = debate && pickTranslation(debate.translations, locale, debate.sourceLocale)?.title;
  return { title: title ? t("editTitle", { title }) : t("title") };
}

export default async function EditDebatePage({ params }: Props) {
  const { locale: raw, id } = await params;
  const locale = asLocale(raw);
  setRequestLocale(locale);
  const actor = await requireActor(locale);
  const debate = await getDebateForEdit(actor, id).catch((error) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const t = await getTranslations("Debates");
  const shown = pickTranslation(debate.translations, locale, debate.sourceLocale);
  const publicLocale = shown && isLocale(shown.locale) ? shown.locale : locale;
  const trashed = debate.deletedAt !== null;
  // Source first, then the others in the locale table's order.
  const pending = await getRecordPending(actor, "DEBATE_TRANSLATION", debate.id);
  const languageNames = new Intl.DisplayNames([locale], { type: "language" });
  const states = [...debate.states].sort((a, b) => Number(b.state === "source") - Number(a.state === "source"));

  return (
    <>
      <p>
        <Link href="/dashboard/debates">{t("backToList")}</Link>
      </p>
      {/* First-strong isolates around the title: it may be in another script than the dashboard. */}
      <h1>{t("editTitle", { title: `\u2068${shown?.title ?? ""}\u2069` })}</h1>
      {trashed && (
        <p className="form-error" role="status">
          {t("trashedNotice")}
        </p>
      )}
      {debate.status === "PUBLISHED" && !trashed && shown && (
        <p>
          <Link href={paths.debate(shown.slug)} locale={publicLocale} prefetch={false} data-testid="debate-public-link">
            {t("viewPublic")}
          </Link>
        </p>
      )}
      <section>
        <h2>{t("statusSection")}</h2>
        <DebateStatusActions
          debateId={debate.id}
          status={debate.status}
          trashed={trashed}
          canPublish={can(actor, "debate.publish")}
          canDelete={can(actor, "debate.delete")}
        />
      </section>
      {can(actor, "debate.editShared") && !trashed && (
        <section>
          <h2>{t("sharedSection")}</h2>
          <DebateSharedForm
            debateId={debate.id}
            heroCredit={debate.heroCredit}
            heroImageId={debate.heroImageId}
            sourceLocale={debate.sourceLocale}
            translatedLocales={debate.translations.map((tr) => tr.locale)}
          />
        </section>
      )}
      {!trashed && (
        <section>
          <h2>{t("translationsSection")}</h2>
          {states.map((s) => {
            const row = debate.translations.find((tr) => tr.locale === s.locale);
            const waiting = pending[s.locale];
            return (
              <div key={s.locale}>
              {waiting && (
                <PendingRecordNotice
                  kind="DEBATE_TRANSLATION"
                  recordId={debate.id}
                  locale={s.locale}
                  languageName={languageNames.of(s.locale) ?? s.locale}
                  by={waiting.by?.name ?? null}
                  updatedAt={waiting.updatedAt.toISOString()}
                  fields={(["title", "subtitle", "intro", "slug"] as const).map((f) => ({
                    label: t(f === "title" ? "fieldTitle" : f === "subtitle" ? "fieldSubtitle" : f === "intro" ? "fieldIntro" : "fieldSlug"),
                    live: row?.[f] ?? "",
                    proposed: waiting.data[f] ?? "",
                  }))}
                  mayPublish={waiting.mayPublish}
                  mayDiscard={can(actor, "debate.translate", { locale: s.locale })}
                />
              )}
              <DebateTranslationForm
                debateId={debate.id}
                locale={s.locale}
                label={localeInfo(s.locale).label}
                state={s.state}
                initial={row ? { title: row.title, subtitle: row.subtitle, intro: row.intro, slug: row.slug, version: row.version } : undefined}
                canEdit={can(actor, "debate.translate", { locale: s.locale })}
                canDelete={can(actor, "debate.editShared")}
              />
              </div>
            );
          })}
        </section>
      )}
    </>
  );
}
