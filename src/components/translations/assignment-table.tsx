import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { isLocale, localeInfo } from "@/i18n/locales";
import { STAFF_DATE_TIME } from "@/lib/staff-time";
import { getStaffFormatter } from "@/server/dashboard/time-zone";
import type { Job } from "@/server/translations/assignments";

/** Assigned translations: the article, the language, when it is due (overdue marked), its words and note. */
export async function AssignmentTable({ jobs, withAssignee }: { jobs: Job[]; withAssignee: boolean }) {
  const t = await getTranslations("Assignments");
  const format = await getStaffFormatter();
  return (
    <table className="dashboard-table" data-testid="assignment-table">
      <thead>
        <tr>
          <th scope="col">{t("colJob")}</th>
          <th scope="col">{t("colLanguage")}</th>
          {withAssignee && <th scope="col">{t("colAssignee")}</th>}
          <th scope="col">{t("colDue")}</th>
          <th scope="col">{t("colWords")}</th>
          <th scope="col">{t("colNote")}</th>
        </tr>
      </thead>
      <tbody>
        {jobs.map((j) => (
          <tr key={`${j.articleId}:${j.locale}`} data-testid="assignment-row" data-overdue={j.overdue || undefined} className={j.overdue ? "overdue" : undefined}>
            <td>
              <Link href={`/dashboard/articles/${j.targetVariantId ?? j.sourceVariantId}`}>
                <bdi>{j.title}</bdi>
              </Link>
            </td>
            <td>{isLocale(j.locale) ? localeInfo(j.locale).label : j.locale}</td>
            {withAssignee && <td>{j.assignee?.name ?? "—"}</td>}
            <td>
              {j.dueAt ? format.dateTime(j.dueAt, STAFF_DATE_TIME) : t("noDue")}
              {j.overdue && <strong> · {t("overdue")}</strong>}
            </td>
            <td>{t("words", { new: j.newWords, changed: j.changedWords, both: j.newWords > 0 && j.changedWords > 0 ? "yes" : "no" })}</td>
            <td>{j.note}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
