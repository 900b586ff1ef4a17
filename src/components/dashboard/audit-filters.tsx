import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";

type Option = { value: string; label: string };

/** The audit log's filters: a plain GET form, so every filtered view is a URL (and works without JavaScript). */
export async function AuditFilters({
  values,
  actions,
  entityTypes,
  actors,
}: {
  values: Partial<Record<"action" | "entityType" | "entityId" | "actorId" | "from" | "to", string>>;
  actions: Option[];
  entityTypes: Option[];
  actors: Option[];
}) {
  const t = await getTranslations("Audit");
  return (
    <form className="records-filters" method="get" role="search" data-testid="audit-filters">
      <label>
        {t("action")}
        <select name="action" defaultValue={values.action ?? ""}>
          <option value="">{t("allActions")}</option>
          {actions.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t("entityType")}
        <select name="entityType" defaultValue={values.entityType ?? ""}>
          <option value="">{t("allTypes")}</option>
          {entityTypes.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t("actor")}
        <select name="actorId" defaultValue={values.actorId ?? ""}>
          <option value="">{t("allActors")}</option>
          <option value="none">{t("commandLine")}</option>
          {actors.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t("from")}
        <input type="date" name="from" defaultValue={values.from ?? ""} />
      </label>
      <label>
        {t("to")}
        <input type="date" name="to" defaultValue={values.to ?? ""} />
      </label>
      {values.entityId && <input type="hidden" name="entityId" value={values.entityId} />}
      <button type="submit">{t("filter")}</button>
      <Link href="/dashboard/audit">{t("reset")}</Link>
    </form>
  );
}
