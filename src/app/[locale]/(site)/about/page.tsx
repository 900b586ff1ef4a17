import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { inEveryLanguage, LocaleSwitcher } from "@/components/site/locale-switcher";
import { asLocale } from "@/lib/route-params";
import { alternatesFor, everyLocale, feedLinks, ogLocale } from "@/lib/seo";
import { absoluteUrl, paths } from "@/lib/urls";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = asLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: "About" });
  const path = paths.about();
  return {
    title: t("title"),
    alternates: { ...alternatesFor({ locale, path }, everyLocale(path)), types: feedLinks(locale) },
    openGraph: { type: "website", title: t("title"), url: absoluteUrl(locale, path), locale: ogLocale(locale) },
  };
}

export default async function AboutPage({ params }: Props) {
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  const t = await getTranslations("About");
  return (
    <>
      <LocaleSwitcher current={locale} versions={inEveryLanguage(paths.about())} />
      <article className="about">
        <h1>{t("title")}</h1>
        <p className="standfirst">{t("lead")}</p>
        <p>{t("languages")}</p>
        <p>{t("contact")}</p>
      </article>
    </>
  );
}
