import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { asLocale } from "@/lib/route-params";
import { NewArticleForm } from "@/components/editor/new-article-form";
import { LOCALES } from "@/i18n/locales";
import { requireActor } from "@/server/auth/actor";
import { lastUsedDebateId, listDebateChoices } from "@/server/articles/dashboard-queries";
import { can } from "@/server/permissions";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: asLocale((await params).locale), namespace: "Articles" });
  return { title: t("new") };
}

export default async function NewArticlePage({ params }: Props) {
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  const actor = await requireActor(locale);
  if (!can(actor, "article.create")) forbidden();
  const t = await getTranslations("Articles");
  const debates = await listDebateChoices(actor, locale);
  // The only debate, or the one this person filed their last article under (when it still exists).
  const lastUsed = debates.length === 1 ? debates[0]!.id : await lastUsedDebateId(actor);
  const defaultDebateId = debates.some((d) => d.id === lastUsed) ? lastUsed! : "";
  return (
    <>
      <h1>{t("new")}</h1>
      <NewArticleForm locales={LOCALES.map((l) => ({ code: l.code, label: l.label }))} debates={debates} defaultLocale={locale} defaultDebateId={defaultDebateId} />
    </>
  );
}
