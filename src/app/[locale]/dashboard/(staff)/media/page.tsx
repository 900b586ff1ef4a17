import type { Metadata } from "next";
import Image from "next/image";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { asLocale } from "@/lib/route-params";
import { MediaUploadForm } from "@/components/dashboard/media-upload-form";
import { Link } from "@/i18n/navigation";
import { altIn, MEDIA_PAGE_SIZE } from "@/lib/media/schemas";
import { requireActor } from "@/server/auth/actor";
import { listMedia } from "@/server/media/queries";
import { mediaMaxBytes } from "@/server/media/storage";
import { can } from "@/server/permissions";
import { FilterForm, FilterText } from "@/components/dashboard/list-filters";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.slice(0, 200) || undefined;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: asLocale((await params).locale), namespace: "Media" });
  return { title: t("title") };
}

export default async function MediaLibraryPage({ params, searchParams }: Props) {
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  const actor = await requireActor(locale);
  const search = await searchParams;
  const query = one(search.q)?.trim() || undefined;
  const cursor = one(search.cursor);
  const { items, nextCursor } = await listMedia(actor, { query, cursor: cursor && /^[a-z0-9]{1,64}$/.test(cursor) ? cursor : undefined, take: MEDIA_PAGE_SIZE });
  const t = await getTranslations("Media");

  return (
    <>
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      <FilterForm className="media-search" submitLabel={t("search")} after={query && <Link href="/dashboard/media">{t("clearSearch")}</Link>}>
        <FilterText label={t("searchLabel")} value={query} maxLength={200} />
      </FilterForm>
      {items.length === 0 ? (
        <p className="hint" data-testid="media-empty">
          {query ? t("noResults", { query }) : t("empty")}
        </p>
      ) : (
        <ul className="media-grid" data-testid="media-grid">
          {items.map((item) => {
            const alt = altIn(item, locale);
            return (
              <li key={item.id} data-testid="media-item">
                <Link href={`/dashboard/media/${item.id}`}>
                  <Image src={item.src} alt={alt} width={160} height={160} sizes="160px" className="media-thumb" />
                  <bdi className="media-name">{item.originalName}</bdi>
                </Link>
                {!alt && <span className="badge badge-muted">{t("noAlt")}</span>}
              </li>
            );
          })}
        </ul>
      )}
      {nextCursor && (
        <p>
          <Link href={{ pathname: "/dashboard/media", query: { ...(query ? { q: query } : {}), cursor: nextCursor } }}>{t("more")}</Link>
        </p>
      )}
      {can(actor, "media.upload") && (
        <section>
          <h2>{t("upload.title")}</h2>
          <MediaUploadForm maxBytes={mediaMaxBytes()} />
        </section>
      )}
    </>
  );
}
