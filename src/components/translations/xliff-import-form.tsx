"use client";

import { useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";
import { ActionError } from "@/components/dashboard/action-error";
import { useAction } from "@/components/use-action";
import { Link } from "@/i18n/navigation";
import { importXliffAction } from "@/server/actions/xliff";

type Result = NonNullable<Extract<Awaited<ReturnType<typeof importXliffAction>>, { ok: true }>["data"]>;

/** Upload a translated XLIFF file; the report says, per article and per unit, what was applied. */
export function XliffImportForm() {
  const t = useTranslations("Xliff");
  const { pending, failure, run } = useAction();
  const [result, setResult] = useState<Result | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const file = form.get("file");
    if (!(file instanceof File) || file.size === 0) return;
    const text = await file.text();
    setResult(null);
    run(() => importXliffAction(text, String(form.get("translator") ?? "")), (data) => setResult(data));
  }

  const count = (units: { outcome: string }[], outcome: string) => units.filter((u) => u.outcome === outcome).length;
  return (
    <>
      <form className="dashboard-form" onSubmit={onSubmit} data-testid="xliff-import-form">
        <ActionError result={failure} />
        <label>
          {t("file")}
          <input type="file" name="file" accept=".xlf,.xliff,application/xliff+xml,application/xml,text/xml" required />
        </label>
        <label>
          {t("translator")}
          <input name="translator" maxLength={120} />
        </label>
        <button type="submit" disabled={pending}>
          {pending ? t("importing") : t("import")}
        </button>
      </form>
      {result && result.problems.length > 0 && (
        <div role="alert" className="form-error" data-testid="xliff-problems">
          <p>{t("refused")}</p>
          <ul>
            {result.problems.map((p) => (
              <li key={p} dir="ltr">
                {p}
              </li>
            ))}
          </ul>
        </div>
      )}
      {result && result.problems.length === 0 && (
        <table className="dashboard-table" data-testid="xliff-report">
          <caption>{t("reportCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("colRecord")}</th>
              <th scope="col">{t("colOutcome")}</th>
              <th scope="col">{t("colApplied")}</th>
              <th scope="col">{t("colUntranslated")}</th>
              <th scope="col">{t("colSourceChanged")}</th>
            </tr>
          </thead>
          <tbody>
            {result.files.map((f) => (
              <tr key={`${f.kind}:${f.sourceId}`} data-testid="xliff-report-row" data-outcome={f.outcome}>
                <td>
                  <Link href={f.kind === "variant" ? `/dashboard/articles/${f.targetId}` : `/dashboard/debates/${f.targetId}`}>
                    <bdi>{f.title}</bdi>
                  </Link>
                </td>
                <td>{t(`outcomes.${f.outcome}`)}</td>
                <td>{count(f.units, "applied")}</td>
                <td>{count(f.units, "untranslated")}</td>
                <td>
                  {count(f.units, "sourceChanged")}
                  {count(f.units, "sourceChanged") > 0 && (
                    <span className="hint"> ({f.units.filter((u) => u.outcome === "sourceChanged").map((u) => u.id).join(", ")})</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
