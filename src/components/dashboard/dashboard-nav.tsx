import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { Actor } from "@/server/auth/actor";
import { can } from "@/server/permissions";

/** Sections appear here as they are built, and only to those allowed in them. */
export async function DashboardNav({ actor }: { actor: Actor }) {
  const t = await getTranslations("Dashboard");
  const media = await getTranslations("Media");
  const debates = await getTranslations("Debates");
  const authors = await getTranslations("Authors");
  const audit = await getTranslations("Audit");
  const articles = await getTranslations("Articles");
  const translations = await getTranslations("Translations");
  const webhooks = await getTranslations("Webhooks");
  const apiKeys = await getTranslations("ApiKeys");
  const redirects = await getTranslations("Redirects");
  return (
    <nav aria-label={t("navLabel")} className="dashboard-nav">
      <ul>
        <li>
          <Link href="/dashboard">{t("home")}</Link>
        </li>
        {can(actor, "draft.read") && (
          <li>
            <Link href="/dashboard/articles">{articles("title")}</Link>
          </li>
        )}
        {can(actor, "draft.read") && (
          <li>
            <Link href="/dashboard/translations">{translations("nav")}</Link>
          </li>
        )}
        {can(actor, "draft.read") && (
          <li>
            <Link href="/dashboard/debates">{debates("title")}</Link>
          </li>
        )}
        {can(actor, "draft.read") && (
          <li>
            <Link href="/dashboard/authors">{authors("title")}</Link>
          </li>
        )}
        {can(actor, "audit.read") && (
          <li>
            <Link href="/dashboard/audit">{audit("title")}</Link>
          </li>
        )}
        {can(actor, "dashboard.access") && (
          <li>
            <Link href="/dashboard/media">{media("nav")}</Link>
          </li>
        )}
        {can(actor, "user.read") && (
          <li>
            <Link href="/dashboard/users">{t("users")}</Link>
          </li>
        )}
        {can(actor, "webhook.manage") && (
          <li>
            <Link href="/dashboard/webhooks">{webhooks("nav")}</Link>
          </li>
        )}
        {can(actor, "apiKey.manage") && (
          <li>
            <Link href="/dashboard/api-keys">{apiKeys("title")}</Link>
          </li>
        )}
        {can(actor, "redirect.manage") && (
          <li>
            <Link href="/dashboard/redirects">{redirects("nav")}</Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
