// eslint-disable-next-line no-restricted-imports -- the one place readers' links are made: see the comment below
import NextLink from "next/link";
import { getLocale } from "next-intl/server";
import type { ComponentProps } from "react";
import type { Locale } from "@/i18n/locales";
import { localizedPath } from "@/lib/urls";

type Props = Omit<ComponentProps<typeof NextLink>, "href" | "locale"> & {
  /** A locale-less path (see lib/urls `paths`). */
  href: string;
  /** The locale of the page linked to; the current one if omitted. */
  locale?: Locale;
};

/**
 * A link on readers' pages: the locale prefix is added here, on the server.
 * Readers' pages use it rather than next-intl's Link, whose client part needs
 * NextIntlClientProvider — and the provider alone would ship the message
 * formatter (≈12 KB gzip) to every reader. The dashboard keeps next-intl's.
 */
export async function Link({ href, locale, ...rest }: Props) {
  return <NextLink href={localizedPath(locale ?? ((await getLocale()) as Locale), href)} {...rest} />;
}
