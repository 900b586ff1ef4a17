/** The translation in `locale`, else the source's (`fallback`), else any: for debates, articles' versions and authors' bios alike. */
export function pickTranslation<T extends { locale: string }>(items: T[], locale: string, fallback: string): T | undefined {
  return items.find((t) => t.locale === locale) ?? items.find((t) => t.locale === fallback) ?? items[0];
}
