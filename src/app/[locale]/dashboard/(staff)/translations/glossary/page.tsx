import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { GlossaryTermForm, GlossaryDeleteButton } from "@/components/translations/glossary-forms";
import { isLocale, LOCALES, localeDir } from "@/i18n/locales";
import { asLocale } from "@/lib/route-params";
import { requireActor } from "@/server/auth/actor";
import { can } from "@/server/permissions";
import { listGlossary } from "@/server/translations/glossary";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: asLocale((await params).locale), namespace: "Glossary" });
  return { title: t("title") };
}

/** A language pair's glossary: its terms, and (for editors and that language's translators) adding, changing, removing them. */
export default async function GlossaryPage({ params, searchParams }: Props) {
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  const actor = await requireActor(locale);
  if (!can(actor, "draft.read")) forbidden();
  const query = await searchParams;
  const source = one(query.from);
  const sourceLocale = source && isLocale(source) ? source : "en";
  const ownFirst = actor.role === "TRANSLATOR" ? actor.locales.filter(isLocale).find((l) => l !== sourceLocale) : undefined;
  const target = one(query.to);
  const targetLocale = target && isLocale(target) && target !== sourceLocale ? target : (ownFirst ?? LOCALES.find((l) => l.code !== sourceLocale)!.code);
  const terms = await listGlossary(actor, { sourceLocale, targetLocale });
  const mayEdit = can(actor, "variant.edit", { locale: targetLocale });
  const t = await getTranslations("Glossary");
  const languages = new Intl.DisplayNames([locale], { type: "language" });

  return (
    <>
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      <form method="get" className="filters" data-testid="glossary-pair">
        {(["from", "to"] as const).map((name) => (
          <label key={name}>
            {t(name)}
            <select name={name} defaultValue={name === "from" ? sourceLocale : targetLocale}>
              {LOCALES.map((l) => (
                <option key={l.code} value={l.code}>
                  {languages.of(l.code)}
                </option>
              ))}
            </select>
          </label>
        ))}
        <button type="submit">{t("show")}</button>
      </form>
      {terms.length === 0 ? (
        <p className="hint">{t("empty")}</p>
      ) : (
        <table className="dashboard-table" data-testid="glossary-table">
          <thead>
            <tr>
              <th scope="col">{t("term")}</th>
              <th scope="col">{t("translation")}</th>
              <th scope="col">{t("note")}</th>
              {mayEdit && <th scope="col" />}
            </tr>
          </thead>
          <tbody>
            {terms.map((term) => (
              <tr key={term.id} data-testid="glossary-row">
                <td lang={sourceLocale} dir={localeDir(sourceLocale)}>
                  {term.term}
                </td>
                <td lang={targetLocale} dir={localeDir(targetLocale)}>
                  {term.doNotTranslate ? <em>{t("doNotTranslateShort")}</em> : term.translation}
                </td>
                <td>{term.note}</td>
                {mayEdit && (
                  <td>
                    <GlossaryDeleteButton id={term.id} />
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {mayEdit && <GlossaryTermForm sourceLocale={sourceLocale} targetLocale={targetLocale} />}
    </>
  );
}
