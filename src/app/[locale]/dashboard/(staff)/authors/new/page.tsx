import "@/components/dashboard/debate-author-audit.css";
import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AuthorCreateForm } from "@/components/dashboard/author-forms";
import { asLocale } from "@/lib/route-params";
import { Link } from "@/i18n/navigation";
import { requireActor } from "@/server/auth/actor";
import { can } from "@/server/permissions";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: asLocale((await params).locale), namespace: "Authors" });
  return { title: t("newAuthor") };
}

export default async function NewAuthorPage({ params }: Props) {
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  const actor = await requireActor(locale);
  if (!can(actor, "author.create")) forbidden();
  const t = await getTranslations("Authors");
  return (
    <>
      <p>
        <Link href="/dashboard/authors">{t("backToList")}</Link>
      </p>
      <h1>{t("newAuthor")}</h1>
      <AuthorCreateForm />
    </>
  );
}
