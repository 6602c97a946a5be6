import { describe, expect, it } from "vitest";
import { bodyOf, EMPTY_DRAFT } from "./zone-draft.ts";

describe("bodyOf", () => {
  it("leaves blanks out on create so the server fills them in", () => {
    expect(bodyOf({ ...EMPTY_DRAFT, name_zh: " 片区 " }, true)).toEqual({
      name_zh: "片区",
      zone_type: "contiguous_mine",
      tasks: [],
      yearly: [],
    });
  });

  it("clears emptied fields on update and upper-cases the code", () => {
    const body = bodyOf({ ...EMPTY_DRAFT, name_zh: "片区", code: "lp-1", budget_wan: "120.5" }, false);
    expect(body).toMatchObject({ code: "LP-1", budget_wan: 120.5, implementation_mode: null });
  });
});
