import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ArticleView } from "@/components/site/article-view";
import { Link } from "@/components/site/site-link";
import { asLocale } from "@/lib/route-params";
import { requireActor } from "@/server/auth/actor";
import { getArticlePreview } from "@/server/articles/dashboard-queries";
import { NotFoundError } from "@/server/errors";

// Staff only, per request: never cached, never indexed.
export const dynamic = "force-dynamic";
export const metadata: Metadata = { robots: { index: false, follow: false } };

type Props = { params: Promise<{ locale: string; variantId: string }> };

/** A draft exactly as readers will see it: the public article component, behind sign-in. */
export default async function PreviewPage({ params }: Props) {
  const { locale: raw, variantId } = await params;
  const locale = asLocale(raw);
  setRequestLocale(locale);
  const actor = await requireActor(locale);
  const article = await getArticlePreview(actor, variantId).catch((error) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  if (article.locale !== locale) notFound();
  const t = await getTranslations("Preview");
  return (
    <>
      <p className="notice preview-banner" role="note" data-testid="preview-banner">
        {t("banner")} <Link href={`/dashboard/articles/${variantId}`}>{t("backToEditor")}</Link>
      </p>
      <ArticleView article={article} />
    </>
  );
}
