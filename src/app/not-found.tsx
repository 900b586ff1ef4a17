import "./globals.css";

// Only reached for paths the locale proxy does not handle (it redirects
// everything else into a locale, where [locale]/not-found.tsx answers).
export default function GlobalNotFound() {
  return (
    <html lang="en" dir="ltr">
      <body>
        <main className="not-found">
          <h1>404 — Page not found</h1>
          <p>
            {/* A full navigation on purpose: "/" negotiates the reader's locale. */}
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
            <a href="/">Polyglot Press</a>
          </p>
        </main>
      </body>
    </html>
  );
}
