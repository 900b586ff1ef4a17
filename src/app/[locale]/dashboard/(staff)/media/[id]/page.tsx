import type { Metadata } from "next";
import Image from "next/image";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getStaffFormatter } from "@/server/dashboard/time-zone";
import { asLocale } from "@/lib/route-params";
import { MediaDeleteButton } from "@/components/dashboard/media-delete-button";
import { MediaTextsForm } from "@/components/dashboard/media-texts-form";
import { Link } from "@/i18n/navigation";
import { LOCALES } from "@/i18n/locales";
import { formatBytes } from "@/lib/media/formats";
import { altIn } from "@/lib/media/schemas";
import { getActor, requireActor } from "@/server/auth/actor";
import type { Actor } from "@/server/auth/actor-type";
import { NotFoundError } from "@/server/errors";
import { getMediaForStaff } from "@/server/media/queries";
import { can } from "@/server/permissions";
import { PendingRecordNotice } from "@/components/dashboard/pending-record-notice";
import { getRecordPending } from "@/server/pending/queries";
import { STAFF_DATE_TIME } from "@/lib/staff-time";

type Props = { params: Promise<{ locale: string; id: string }> };

async function loadMedia(actor: Actor | null, id: string) {
  return getMediaForStaff(actor, id).catch((error) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, id } = await params;
  const t = await getTranslations({ locale: asLocale(locale), namespace: "Media" });
  const media = await getMediaForStaff(await getActor(), id).catch(() => null);
  return { title: media ? t("detail.title", { name: media.originalName }) : t("title") };
}

export default async function MediaDetailPage({ params }: Props) {
  const { locale: raw, id } = await params;
  const locale = asLocale(raw);
  setRequestLocale(locale);
  const actor = await requireActor(locale);
  const media = await loadMedia(actor, id);
  const t = await getTranslations("Media");
  const format = await getStaffFormatter();
  const pending = await getRecordPending(actor, "MEDIA_ALT", media.id);
  const languageNames = new Intl.DisplayNames([locale], { type: "language" });
  const usage = media.usage.articles + media.usage.debates + media.usage.authors;
  // A landscape preview at most 480 px wide, in proportion when the size is known.
  const width = 480;
  const height = media.width && media.height ? Math.max(1, Math.round((width * media.height) / media.width)) : 320;

  return (
    <>
      <p>
        <Link href="/dashboard/media">{t("detail.backToList")}</Link>
      </p>
      {/* First-strong isolation around the file name: it may be in another script than the page. */}
      <h1>{t("detail.title", { name: `\u2068${media.originalName}\u2069` })}</h1>
      <div className="media-detail">
        <Image src={media.src} alt={altIn(media, locale)} width={width} height={height} sizes="(max-width: 600px) 100vw, 480px" className="media-preview" priority />
        <dl className="media-facts">
          <dt>{t("detail.originalName")}</dt>
          <dd>
            <bdi>{media.originalName}</bdi>
          </dd>
          <dt>{t("detail.address")}</dt>
          <dd dir="ltr">
            <code data-testid="media-src">{media.src}</code>
          </dd>
          <dt>{t("detail.type")}</dt>
          <dd dir="ltr">{media.mimeType}</dd>
          <dt>{t("detail.size")}</dt>
          <dd>{formatBytes(media.size, locale)}</dd>
          <dt>{t("detail.dimensions")}</dt>
          <dd>{media.width && media.height ? t("detail.dimensionsValue", { width: media.width, height: media.height }) : t("detail.unknown")}</dd>
          <dt>{t("detail.uploaded")}</dt>
          <dd>
            <time dateTime={media.createdAt}>{format.dateTime(new Date(media.createdAt), STAFF_DATE_TIME)}</time>
          </dd>
          <dt>{t("detail.usage")}</dt>
          <dd>{t("detail.usageValue", { count: usage })}</dd>
        </dl>
      </div>
      <section>
        <h2>{t("detail.textsSection")}</h2>
        {Object.values(pending).map((waiting) => (
          <PendingRecordNotice
            key={waiting.locale}
            kind="MEDIA_ALT"
            recordId={media.id}
            locale={waiting.locale}
            languageName={languageNames.of(waiting.locale) ?? waiting.locale}
            by={waiting.by?.name ?? null}
            updatedAt={waiting.updatedAt.toISOString()}
            fields={[{ label: t("detail.altSection"), live: media.alts[waiting.locale] ?? "", proposed: waiting.data.alt ?? "" }]}
            mayPublish={waiting.mayPublish}
            mayDiscard={can(actor, "media.translateAlt", { locale: waiting.locale })}
          />
        ))}
        <MediaTextsForm
          mediaId={media.id}
          credit={media.credit}
          alts={media.alts}
          canEditCredit={can(actor, "media.upload")}
          editableLocales={LOCALES.filter((l) => can(actor, "media.translateAlt", { locale: l.code })).map((l) => l.code)}
        />
      </section>
      {can(actor, "media.delete") && (
        <section>
          <h2>{t("detail.deleteSection")}</h2>
          <p className="hint">{t("detail.deleteHint")}</p>
          <MediaDeleteButton mediaId={media.id} />
        </section>
      )}
    </>
  );
}
