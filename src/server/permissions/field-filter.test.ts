import { describe, expect, it } from "vitest";
import type { Actor } from "../auth/actor-type";
import { ForbiddenError } from "../errors";
import { assertWritableFields, checkWritableFields } from "./field-filter";

const actor = (role: Actor["role"], locales: string[] = [], canPublish = false): Actor => ({
  id: "u",
  email: "u@example.com",
  name: "U",
  role,
  locales,
  canPublish,
});

const translatorAr = actor("TRANSLATOR", ["ar"]);
const edit = { title: "عنوان", body: { type: "doc" }, status: "PUBLISHED", authorIds: ["a1"], debateId: "d1" };

describe("field filter", () => {
  it("a translator's text edit in their locale passes; status and shared fields are reported as refused", () => {
    const { permitted, refused } = checkWritableFields(translatorAr, edit, { locale: "ar" });
    expect(permitted).toEqual({ title: "عنوان", body: { type: "doc" } });
    expect(refused.sort()).toEqual(["authorIds", "debateId", "status"]);
  });

  it("assertWritableFields refuses the whole write, naming the fields", () => {
    try {
      assertWritableFields(translatorAr, edit, { locale: "ar" });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ForbiddenError);
      expect((error as ForbiddenError).fields.sort()).toEqual(["authorIds", "debateId", "status"]);
    }
  });

  it("a translator may not even edit the text of another locale", () => {
    expect(checkWritableFields(translatorAr, { title: "x" }, { locale: "he" }).refused).toEqual(["title"]);
  });

  it("a translator granted publishing may set status in their locale, never shared fields", () => {
    const publisher = actor("TRANSLATOR", ["ar"], true);
    const { permitted, refused } = checkWritableFields(publisher, { status: "PUBLISHED", heroImageId: "m" }, { locale: "ar" });
    expect(permitted).toEqual({ status: "PUBLISHED" });
    expect(refused).toEqual(["heroImageId"]);
  });

  it("editors and admins may write every classified field", () => {
    for (const role of ["EDITOR", "ADMIN"] as const) {
      expect(() => assertWritableFields(actor(role), edit, { locale: "ar" })).not.toThrow();
    }
  });

  it("unclassified fields are refused for everyone; undefined values are not writes", () => {
    expect(checkWritableFields(actor("ADMIN"), { id: "other", createdAt: new Date() }).refused.sort()).toEqual(["createdAt", "id"]);
    expect(checkWritableFields(translatorAr, { title: "t", status: undefined }, { locale: "ar" }).refused).toEqual([]);
  });

  it("anonymous may write nothing", () => {
    expect(checkWritableFields(null, { title: "t" }, { locale: "ar" }).refused).toEqual(["title"]);
  });
});
