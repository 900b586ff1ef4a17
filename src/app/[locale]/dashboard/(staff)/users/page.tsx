import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getStaffFormatter } from "@/server/dashboard/time-zone";
import { UserForm } from "@/components/dashboard/user-form";
import { Link } from "@/i18n/navigation";
import { LOCALES } from "@/i18n/locales";
import { asLocale } from "@/lib/route-params";
import { requireActor } from "@/server/auth/actor";
import { NotFoundError } from "@/server/errors";
import { listUsers } from "@/server/users/queries";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: asLocale((await params).locale), namespace: "Users" });
  return { title: t("title") };
}

export default async function UsersPage({ params }: Props) {
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  const actor = await requireActor(locale);
  // Admins only; anyone else is told so, inside the dashboard (the page's existence is no secret).
  const users = await listUsers(actor).catch((error) => {
    if (error instanceof NotFoundError) forbidden();
    throw error;
  });
  const t = await getTranslations("Users");
  const roles = await getTranslations("Roles");
  const format = await getStaffFormatter();
  const label = (code: string) => LOCALES.find((l) => l.code === code)?.label ?? code;

  return (
    <>
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      <table className="dashboard-table" data-testid="users-table">
        <thead>
          <tr>
            <th scope="col">{t("name")}</th>
            <th scope="col">{t("email")}</th>
            <th scope="col">{t("role")}</th>
            <th scope="col">{t("locales")}</th>
            <th scope="col">{t("status")}</th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr key={user.id} data-testid="user-row">
              <td>
                <Link href={`/dashboard/users/${user.id}`}>
                  <bdi>{user.name}</bdi>
                </Link>
                {user.id === actor.id && <> ({t("you")})</>}
              </td>
              <td dir="ltr">{user.email}</td>
              <td>{roles(user.role)}</td>
              <td>{user.locales.length ? user.locales.map(label).join(" · ") : t("none")}</td>
              <td>
                {user.disabledAt ? (
                  <span className="badge badge-muted">
                    {t("disabled")} <time dateTime={user.disabledAt.toISOString()}>{format.dateTime(user.disabledAt, { dateStyle: "medium" })}</time>
                  </span>
                ) : (
                  t("active")
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <section>
        <h2>{t("newUser")}</h2>
        <UserForm />
      </section>
    </>
  );
}
