import { createFormatter } from "next-intl";
import { describe, expect, it } from "vitest";
import { SITE_TIME_ZONE, type Locale } from "@/i18n/locales";

// The formats pages use (next-intl's formatter with the site's time zone):
// authors joined the way each language joins lists, dates in each language.
const formatter = (locale: Locale) => createFormatter({ locale, timeZone: SITE_TIME_ZONE });
const authors = ["Barbara Klugman", "Ravindran Daniel", "Denise Dora"];
const date = new Date("2018-05-22T12:00:00Z");

describe("locale formats", () => {
  it.each<[Locale, string, string]>([
    ["en", "Barbara Klugman, Ravindran Daniel, and Denise Dora", "May 22, 2018"],
    ["es", "Barbara Klugman, Ravindran Daniel y Denise Dora", "22 de mayo de 2018"],
    ["fr", "Barbara Klugman, Ravindran Daniel et Denise Dora", "22 mai 2018"],
    ["pt", "Barbara Klugman, Ravindran Daniel e Denise Dora", "22 de maio de 2018"],
    ["ar", "Barbara Klugman وRavindran Daniel وDenise Dora", "22 مايو 2018"],
    ["he", "Barbara Klugman, Ravindran Daniel ו-Denise Dora", "22 במאי 2018"],
  ])("%s joins authors and writes dates its own way", (locale, list, day) => {
    const format = formatter(locale);
    expect(format.list(authors, { type: "conjunction" })).toBe(list);
    expect(format.dateTime(date, { dateStyle: "long" })).toBe(day);
  });
});
