import "@/components/dashboard/debate-author-audit.css";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AuthorBioForm, AuthorEditForm, AuthorTrashButton } from "@/components/dashboard/author-forms";
import { asLocale } from "@/lib/route-params";
import { Link } from "@/i18n/navigation";
import { localeInfo } from "@/i18n/locales";
import { paths } from "@/lib/urls";
import { getActor, requireActor } from "@/server/auth/actor";
import { getAuthorForEdit } from "@/server/authors/dashboard-queries";
import { NotFoundError } from "@/server/errors";
import { can } from "@/server/permissions";
import { PendingRecordNotice } from "@/components/dashboard/pending-record-notice";
import { getRecordPending } from "@/server/pending/queries";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, id } = await params;
  const t = await getTranslations({ locale: asLocale(locale), namespace: "Authors" });
  const author = await getAuthorForEdit(await getActor(), id).catch(() => null);
  return { title: author ? t("editTitle", { name: author.name }) : t("title") };
}

export default async function EditAuthorPage({ params }: Props) {
  const { locale: raw, id } = await params;
  const locale = asLocale(raw);
  setRequestLocale(locale);
  const actor = await requireActor(locale);
  const author = await getAuthorForEdit(actor, id).catch((error) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const t = await getTranslations("Authors");
  const trashed = author.deletedAt !== null;
  const pending = await getRecordPending(actor, "AUTHOR_BIO", author.id);
  const languageNames = new Intl.DisplayNames([locale], { type: "language" });
  const states = [...author.states].sort((a, b) => Number(b.state === "source") - Number(a.state === "source"));

  return (
    <>
      <p>
        <Link href="/dashboard/authors">{t("backToList")}</Link>
      </p>
      <h1>{t("editTitle", { name: `\u2068${author.name}\u2069` })}</h1>
      {trashed && (
        <p className="form-error" role="status">
          {t("trashedNotice")}
        </p>
      )}
      {!trashed && (
        <p>
          <Link href={paths.author(author.slug)} prefetch={false}>
            {t("viewPublic")}
          </Link>{" "}
          <span className="hint">{t("publicPageHint")}</span>
        </p>
      )}
      {can(actor, "author.edit") && !trashed && (
        <section>
          <h2>{t("detailsSection")}</h2>
          <AuthorEditForm author={{ id: author.id, name: author.name, slug: author.slug, photoId: author.photoId }} />
        </section>
      )}
      {!trashed && (
        <section>
          <h2>{t("biosSection")}</h2>
          {Object.values(pending).map((waiting) => (
            <PendingRecordNotice
              key={waiting.locale}
              kind="AUTHOR_BIO"
              recordId={author.id}
              locale={waiting.locale}
              languageName={languageNames.of(waiting.locale) ?? waiting.locale}
              by={waiting.by?.name ?? null}
              updatedAt={waiting.updatedAt.toISOString()}
              fields={[{ label: t("bio"), live: author.bios.find((b) => b.locale === waiting.locale)?.bio ?? "", proposed: waiting.data.bio ?? "" }]}
              mayPublish={waiting.mayPublish}
              mayDiscard={can(actor, "author.translateBio", { locale: waiting.locale })}
            />
          ))}
          {states.map((s) => {
            const bio = author.bios.find((b) => b.locale === s.locale);
            return (
              <AuthorBioForm
                key={s.locale}
                authorId={author.id}
                locale={s.locale}
                label={localeInfo(s.locale).label}
                state={s.state}
                initial={bio ? { bio: bio.bio, version: bio.version } : undefined}
                canEdit={can(actor, "author.translateBio", { locale: s.locale })}
              />
            );
          })}
        </section>
      )}
      {can(actor, "author.delete") && <AuthorTrashButton authorId={author.id} trashed={trashed} />}
    </>
  );
}
