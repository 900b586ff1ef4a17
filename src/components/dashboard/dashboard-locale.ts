// The [locale] segment, narrowed, or a 404: the same rule as the public pages.
export { asLocale as dashboardLocale } from "@/lib/route-params";
