import { useTranslations } from "next-intl";
import { Link } from "@/components/site/site-link";

export default function LocaleNotFound() {
  const t = useTranslations("NotFound");
  return (
    <main className="not-found">
      <h1>{t("title")}</h1>
      <p>{t("description")}</p>
      <p>
        <Link href="/">{t("backHome")}</Link>
      </p>
    </main>
  );
}
