import { getTranslations } from "next-intl/server";
import { getStaffFormatter } from "@/server/dashboard/time-zone";
import { Link } from "@/i18n/navigation";
import type { PendingItem } from "@/server/pending/queries";
import { STAFF_DATE_TIME } from "@/lib/staff-time";

/** The dashboard home's pending changes: one table (what, language, who, when), linked to each record's page. */
export async function PendingList({ items, heading, id, locale }: { items: PendingItem[]; heading: string; id: string; locale: string }) {
  const t = await getTranslations("Pending");
  const format = await getStaffFormatter();
  // Language names in the dashboard's language ("العبرية" in an Arabic sentence, not "עברית").
  const names = new Intl.DisplayNames([locale], { type: "language" });
  if (items.length === 0) return null;
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      <table className="dashboard-table" data-testid={id}>
        <thead>
          <tr>
            <th scope="col">{t("kindLabel")}</th>
            <th scope="col">{t("language")}</th>
            <th scope="col">{t("by")}</th>
            <th scope="col">{t("when")}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id} data-testid="pending-item" data-kind={item.kind}>
              <td>
                {t(`kind.${item.kind}`)}:{" "}
                <Link href={item.href}>
                  <bdi>{item.label}</bdi>
                </Link>
              </td>
              <td>{names.of(item.locale) ?? item.locale}</td>
              <td>{item.by ? <bdi>{item.by.name}</bdi> : "—"}</td>
              <td>{format.dateTime(item.updatedAt, STAFF_DATE_TIME)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
