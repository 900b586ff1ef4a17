import "@/components/dashboard/dashboard.css";
import type { Metadata } from "next";
import type { ReactNode } from "react";

// Staff pages: per-user, never cached, never indexed.
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  robots: { index: false, follow: false },
};

export default function DashboardRootLayout({ children }: { children: ReactNode }) {
  return children;
}
