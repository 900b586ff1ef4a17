import { describe, expect, it } from "vitest";
import type { VariantStatus } from "@/generated/prisma/enums";
import { canTransition, TRANSITIONS, transitionsFrom } from "./workflow";

const STATUSES: VariantStatus[] = ["DRAFT", "IN_REVIEW", "SCHEDULED", "PUBLISHED", "ARCHIVED"];

describe("publishing state machine", () => {
  it("offers exactly these transitions from each status", () => {
    expect(Object.fromEntries(STATUSES.map((s) => [s, transitionsFrom(s)]))).toEqual({
      DRAFT: ["submit", "schedule", "publish"],
      IN_REVIEW: ["returnToDraft", "schedule", "publish"],
      SCHEDULED: ["schedule", "unschedule", "publish", "unpublish"],
      PUBLISHED: ["unpublish"],
      ARCHIVED: ["publish", "reopen"],
    });
  });

  it("never lets a published variant go straight back to draft or review", () => {
    expect(canTransition("PUBLISHED", "returnToDraft")).toBe(false);
    expect(canTransition("PUBLISHED", "submit")).toBe(false);
    expect(canTransition("PUBLISHED", "schedule")).toBe(false);
  });

  it("needs the publishing permissions for what readers will see", () => {
    expect(TRANSITIONS.publish.permission).toBe("variant.publish");
    expect(TRANSITIONS.schedule.permission).toBe("variant.schedule");
    expect(TRANSITIONS.unschedule.permission).toBe("variant.schedule");
    expect(TRANSITIONS.unpublish.permission).toBe("variant.unpublish");
    expect(TRANSITIONS.submit.permission).toBe("variant.edit");
  });

  it("unscheduling returns to draft", () => {
    expect(TRANSITIONS.unschedule.to).toBe("DRAFT");
  });
});
