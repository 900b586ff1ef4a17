import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { XliffImportForm } from "@/components/translations/xliff-import-form";
import { LOCALES } from "@/i18n/locales";
import { asLocale } from "@/lib/route-params";
import { requireActor } from "@/server/auth/actor";
import { can } from "@/server/permissions";
import { xliffExportOptions } from "@/server/xliff/service";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: asLocale((await params).locale), namespace: "Xliff" });
  return { title: t("title") };
}

/** Files for translation agencies: download a debate for a language, bring the translated file back. */
export default async function XliffPage({ params }: Props) {
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  const actor = await requireActor(locale);
  if (!can(actor, "draft.read")) forbidden();
  const { debates } = await xliffExportOptions(actor);
  const t = await getTranslations("Xliff");
  const languages = new Intl.DisplayNames([locale], { type: "language" });
  const targets = LOCALES.filter((l) => actor.role !== "TRANSLATOR" || actor.locales.includes(l.code));

  return (
    <>
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      <section className="dashboard-section" aria-labelledby="xliff-export">
        <h2 id="xliff-export">{t("exportTitle")}</h2>
        {/* A plain GET form: the download works without JavaScript. */}
        <form className="dashboard-form" method="get" action="/api/xliff/export" data-testid="xliff-export-form">
          <label>
            {t("debate")}
            <select name="debate" required>
              {debates.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.title}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t("target")}
            <select name="target" required>
              {targets.map((l) => (
                <option key={l.code} value={l.code}>
                  {languages.of(l.code)}
                </option>
              ))}
            </select>
          </label>
          <fieldset>
            <legend>{t("format")}</legend>
            <label className="checkbox">
              <input type="radio" name="version" value="2.0" defaultChecked /> XLIFF 2.0
            </label>
            <label className="checkbox">
              <input type="radio" name="version" value="1.2" /> {t("format12")}
            </label>
          </fieldset>
          <p className="hint">{t("exportHint")}</p>
          <button type="submit">{t("download")}</button>
        </form>
      </section>
      <section className="dashboard-section" aria-labelledby="xliff-import">
        <h2 id="xliff-import">{t("importTitle")}</h2>
        <p className="hint">{t("importHint")}</p>
        <XliffImportForm />
      </section>
    </>
  );
}
