import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";

// A dashboard page the signed-in person may not open (forbidden()): 403, inside
// the dashboard's frame and in its language, saying so — not the readers' 404.
export default async function DashboardForbidden() {
  const t = await getTranslations("Dashboard");
  return (
    <section className="not-allowed" data-testid="not-allowed" aria-labelledby="not-allowed-title">
      <title>{t("notAllowedTitle")}</title>
      <h1 id="not-allowed-title">{t("notAllowedTitle")}</h1>
      <p>{t("notAllowed")}</p>
      <p>
        <Link href="/dashboard">{t("backHome")}</Link>
      </p>
    </section>
  );
}
