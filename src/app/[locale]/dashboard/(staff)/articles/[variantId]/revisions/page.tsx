import "@/components/editor/editor.css";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getStaffFormatter } from "@/server/dashboard/time-zone";
import { asLocale } from "@/lib/route-params";
import { RestoreRevisionButton } from "@/components/editor/restore-revision-button";
import { TextDiff } from "@/components/editor/text-diff";
import { Link } from "@/i18n/navigation";
import { isLocale, localeDir } from "@/i18n/locales";
import { documentToPlainText, type RichTextDocument } from "@/lib/rich-text/document";
import { diffText } from "@/lib/text-diff";
import { requireActor } from "@/server/auth/actor";
import { getRevision, getVariantForEditor, listRevisions } from "@/server/articles/dashboard-queries";
import { isLive } from "@/server/articles/variant-store";
import { NotFoundError } from "@/server/errors";
import { can } from "@/server/permissions";
import { STAFF_DATE_TIME } from "@/lib/staff-time";

type Props = { params: Promise<{ locale: string; variantId: string }>; searchParams: Promise<{ r?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: asLocale((await params).locale), namespace: "Revisions" });
  return { title: t("title") };
}

const asText = (r: { title: string; summary: string; body: unknown }) => [r.title, r.summary, documentToPlainText(r.body as RichTextDocument)].filter(Boolean).join("\n\n");

export default async function RevisionsPage({ params, searchParams }: Props) {
  const { locale: raw, variantId } = await params;
  const locale = asLocale(raw);
  setRequestLocale(locale);
  const actor = await requireActor(locale);
  const { r } = await searchParams;
  const orNotFound = (error: unknown): never => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  };
  const [variant, revisions] = await Promise.all([getVariantForEditor(actor, variantId), listRevisions(actor, variantId)]).catch(orNotFound);
  const selected = r ? await getRevision(actor, variantId, r).catch(orNotFound) : null;
  const t = await getTranslations("Revisions");
  const events = await getTranslations("RevisionEvents");
  const pendingT = await getTranslations("Pending");
  const format = await getStaffFormatter();
  const contentLocale = isLocale(variant.locale) ? variant.locale : "en";
  const canRestore = can(actor, "variant.restoreRevision", { locale: variant.locale });

  return (
    <>
      <nav className="breadcrumbs">
        <Link href={`/dashboard/articles/${variantId}`}>← {variant.title}</Link>
      </nav>
      <h1>{t("title")}</h1>
      <div className="revisions-layout">
        <ol className="revision-list" data-testid="revision-list">
          {revisions.map((rev) => (
            <li key={rev.id} aria-current={rev.id === selected?.id ? "true" : undefined}>
              <Link href={`/dashboard/articles/${variantId}/revisions?r=${rev.id}`}>
                {t("version", { version: rev.version })} · {events.has(rev.event as "save") ? events(rev.event as "save") : rev.event}
              </Link>
              {rev.pending && <small className="badge" data-testid="revision-pending"> ({pendingT("revisionTag")})</small>}
              <br />
              <small>
                {format.dateTime(rev.savedAt, STAFF_DATE_TIME)}
                {rev.createdBy && (
                  <>
                    {" · "}
                    <bdi>{rev.createdBy.name}</bdi>
                  </>
                )}
              </small>
            </li>
          ))}
        </ol>
        <section className="revision-detail" aria-live="polite">
          {selected ? (
            <>
              <h2>{t("compare", { version: selected.version, current: variant.version })}</h2>
              <TextDiff parts={diffText(asText(selected), asText(variant))} lang={contentLocale} dir={localeDir(contentLocale)} />
              {canRestore && selected.version !== variant.version && (
                <RestoreRevisionButton
                  variantId={variantId}
                  revisionId={selected.id}
                  baseVersion={variant.version}
                  live={isLive(variant)}
                  mayPublish={can(actor, "variant.publish", { locale: variant.locale })}
                />
              )}
            </>
          ) : (
            <p>{t("pick")}</p>
          )}
        </section>
      </div>
    </>
  );
}
