import "./read-only-version.css";
import { getTranslations } from "next-intl/server";
import type { VersionView } from "@/lib/translations/read-only";

/**
 * A language version the person may not edit, read-only: the notice in the
 * dashboard's language, then the title, summary and text in the version's own
 * language and direction (server-rendered rich text, as readers see it).
 */
export async function ReadOnlyVersion({ view }: { view: Extract<VersionView, { mode: "read" }> }) {
  const t = await getTranslations("Editor");
  const tr = await getTranslations("Translations");
  return (
    <section className="read-only-version" data-testid="read-only-version" aria-label={t("readOnly")}>
      <p className="notice">{t("readOnly")}</p>
      <div lang={view.locale} dir={view.dir}>
        <h2 className="read-only-title">{view.title || tr("untitled")}</h2>
        {view.summary && <p className="standfirst">{view.summary}</p>}
        <div className="prose" data-testid="read-only-body" dangerouslySetInnerHTML={{ __html: view.html }} />
      </div>
    </section>
  );
}
