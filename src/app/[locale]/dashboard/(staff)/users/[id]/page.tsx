import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { UserAccountActions } from "@/components/dashboard/user-account-actions";
import { UserForm } from "@/components/dashboard/user-form";
import { Link } from "@/i18n/navigation";
import { dashboardLocale as asLocale } from "@/components/dashboard/dashboard-locale";
import { getActor, requireActor } from "@/server/auth/actor";
import { NotFoundError } from "@/server/errors";
import { getUserForAdmin } from "@/server/users/queries";

type Props = { params: Promise<{ locale: string; id: string }> };

async function loadUser(id: string) {
  return getUserForAdmin(await getActor(), id).catch((error) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, id } = await params;
  const t = await getTranslations({ locale: asLocale(locale), namespace: "Users" });
  // Only someone allowed to see the user gets their name, even in the title.
  const user = await getUserForAdmin(await getActor(), id).catch(() => null);
  return { title: user ? t("editTitle", { name: user.name }) : t("title") };
}

export default async function EditUserPage({ params }: Props) {
  const { locale: raw, id } = await params;
  const locale = asLocale(raw);
  setRequestLocale(locale);
  const actor = await requireActor(locale);
  const user = await loadUser(id);
  const t = await getTranslations("Users");

  return (
    <>
      <p>
        <Link href="/dashboard/users">{t("backToList")}</Link>
      </p>
      <h1>{t("editTitle", { name: user.name })}</h1>
      <p dir="ltr" className="hint">
        {user.email}
      </p>
      <section>
        <h2>{t("accountSection")}</h2>
        <UserForm initial={{ id: user.id, name: user.name, email: user.email, role: user.role, locales: user.locales, canPublish: user.canPublish }} />
      </section>
      <UserAccountActions id={user.id} email={user.email} disabled={user.disabledAt !== null} self={user.id === actor.id} />
    </>
  );
}
