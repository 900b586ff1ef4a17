// Names of content languages in the reader's (dashboard's) language —
// "Spanish" in an English dashboard, "espagnol" in a French one — and a list
// of them joined as the language joins lists. Pure: server and client alike.

export function languageName(code: string, inLocale: string): string {
  try {
    return new Intl.DisplayNames([inLocale], { type: "language" }).of(code) ?? code;
  } catch {
    return code;
  }
}

export function languageList(codes: string[], inLocale: string): string {
  const names = codes.map((c) => languageName(c, inLocale));
  try {
    return new Intl.ListFormat(inLocale, { type: "conjunction" }).format(names);
  } catch {
    return names.join(", ");
  }
}
