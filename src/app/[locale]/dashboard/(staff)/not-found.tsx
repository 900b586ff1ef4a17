import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";

// A record the dashboard cannot find (or may not show): inside the dashboard's
// frame, in its language — not the readers' 404.
export default async function DashboardNotFound() {
  const t = await getTranslations("Dashboard");
  return (
    <section className="not-allowed" data-testid="dashboard-not-found" aria-labelledby="not-found-title">
      <title>{t("notFoundTitle")}</title>
      <h1 id="not-found-title">{t("notFoundTitle")}</h1>
      <p>{t("notFound")}</p>
      <p>
        <Link href="/dashboard">{t("backHome")}</Link>
      </p>
    </section>
  );
}
