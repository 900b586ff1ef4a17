import "@/components/site/fonts/fonts.css";
import "./globals.css";
import { LOCALES } from "@/i18n/locales";

// Only reached for paths the locale proxy does not handle (a file-like path,
// /api/…): it redirects everything else into a locale, where
// [locale]/not-found.tsx answers in that language. No locale is known here:
// English, with a way into each language.
export default function GlobalNotFound() {
  return (
    <html lang="en" dir="ltr">
      <head>
        <title>Page not found — Polyglot Press</title>
        <meta name="robots" content="noindex" />
      </head>
      <body>
        <main className="not-found" data-testid="not-found">
          <h1>404 — Page not found</h1>
          <p>The page you are looking for does not exist.</p>
          <ul className="not-found-languages">
            {LOCALES.map(({ code, label, dir }) => (
              <li key={code}>
                {/* Full navigations on purpose: each locale's home page. */}
                <a href={`/${code}`} lang={code} hrefLang={code} dir={dir} className="language-name">
                  {label}
                </a>
              </li>
            ))}
          </ul>
        </main>
      </body>
    </html>
  );
}
