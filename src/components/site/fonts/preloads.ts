// Written by generate.py beside this file: do not edit by hand.

/** The font files a page preloads, by its language's script (see fonts.css); the wordmark's on every page. */
export const FONT_PRELOADS = {
  latin: ["/fonts/inter-latin-wght-normal.3100e775e8.woff2", "/fonts/source-serif-4-latin-wght-normal.382475f382.woff2", "/fonts/wordmark.af4c56a4ea.woff2"],
  arabic: ["/fonts/noto-sans-arabic-arabic-wght-normal.ce85091f02.woff2", "/fonts/noto-sans-arabic-latin-wght-normal.fed070abc9.woff2", "/fonts/wordmark.af4c56a4ea.woff2"],
  hebrew: ["/fonts/noto-sans-hebrew-hebrew-wght-normal.8dd0a0bc74.woff2", "/fonts/noto-sans-hebrew-latin-wght-normal.27fd789f40.woff2", "/fonts/wordmark.af4c56a4ea.woff2"],
} as const;
