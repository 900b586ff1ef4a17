import type { ReactNode } from "react";

// The real root layout is app/[locale]/layout.tsx, which sets <html lang dir>.
// This one only lets app/not-found.tsx exist for paths outside any locale.
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
