import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { SignInForm } from "@/components/dashboard/sign-in-form";
import { getPathname, Link, redirect } from "@/i18n/navigation";
import { asLocale } from "@/lib/route-params";
import { getActor } from "@/server/auth/actor";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ reason?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: asLocale((await params).locale), namespace: "SignIn" });
  return { title: t("title") };
}

export default async function SignInPage({ params, searchParams }: Props) {
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  if (await getActor()) redirect({ href: "/dashboard", locale });
  const { reason } = await searchParams;
  const t = await getTranslations("SignIn");
  const notice = reason === "signed-out" ? t("signedOut") : reason === "expired" ? t("expired") : null;

  return (
    <main className="dashboard-main sign-in" id="main">
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      {notice && (
        <p role="status" className="form-notice" data-testid="sign-in-notice">
          {notice}
        </p>
      )}
      <SignInForm dashboardHref={getPathname({ href: "/dashboard", locale })} />
      <p>
        <Link href="/">{t("backToSite")}</Link>
      </p>
    </main>
  );
}
