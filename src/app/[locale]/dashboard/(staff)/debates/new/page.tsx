import "@/components/dashboard/debate-author-audit.css";
import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { DebateCreateForm } from "@/components/dashboard/debate-forms";
import { asLocale } from "@/lib/route-params";
import { Link } from "@/i18n/navigation";
import { requireActor } from "@/server/auth/actor";
import { can } from "@/server/permissions";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: asLocale((await params).locale), namespace: "Debates" });
  return { title: t("newDebate") };
}

export default async function NewDebatePage({ params }: Props) {
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  const actor = await requireActor(locale);
  if (!can(actor, "debate.create")) forbidden();
  const t = await getTranslations("Debates");
  return (
    <>
      <p>
        <Link href="/dashboard/debates">{t("backToList")}</Link>
      </p>
      <h1>{t("newDebate")}</h1>
      <DebateCreateForm defaultLocale={locale} />
    </>
  );
}
