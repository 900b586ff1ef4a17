import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { FilterForm, FilterSelect } from "./list-filters";

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
  const options = (list: Option[]) =>
    list.map((o) => (
      <option key={o.value} value={o.value}>
        {o.label}
      </option>
    ));
  return (
    <FilterForm
      className="records-filters"
      testId="audit-filters"
      keep={{ entityId: values.entityId }}
      submitLabel={t("filter")}
      after={<Link href="/dashboard/audit">{t("reset")}</Link>}
    >
      <FilterSelect label={t("action")} name="action" value={values.action} allLabel={t("allActions")}>
        {options(actions)}
      </FilterSelect>
      <FilterSelect label={t("entityType")} name="entityType" value={values.entityType} allLabel={t("allTypes")}>
        {options(entityTypes)}
      </FilterSelect>
      <FilterSelect label={t("actor")} name="actorId" value={values.actorId} allLabel={t("allActors")}>
        <option value="none">{t("commandLine")}</option>
        {options(actors)}
      </FilterSelect>
      <label>
        {t("from")}
        <input type="date" name="from" defaultValue={values.from ?? ""} />
      </label>
      <label>
        {t("to")}
        <input type="date" name="to" defaultValue={values.to ?? ""} />
      </label>
    </FilterForm>
  );
}
