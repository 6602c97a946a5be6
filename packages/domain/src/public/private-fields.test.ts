import { describe, expect, it } from "vitest";
import { findPrivateKeys, isPrivateKey } from "./private-fields.ts";

describe("private fields", () => {
  it("are found at any depth of objects and arrays", () => {
    const reply = {
      items: [{ id: 1, props: { monitor_phone: "13800000000" } }, { id: 2 }],
      meta: { reporter_contact: "x", nested: [[{ balance_wan: 3 }]] },
    };
    expect(findPrivateKeys(reply)).toEqual([
      "items[0].props.monitor_phone",
      "meta.reporter_contact",
      "meta.nested[0][0].balance_wan",
    ]);
  });

  it("include any key naming a phone, a contact or a password", () => {
    expect(isPrivateKey("shelter_phone")).toBe(true);
    expect(isPrivateKey("contactEmail")).toBe(true);
    expect(isPrivateKey("name_zh")).toBe(false);
    expect(isPrivateKey("contact_max_chars")).toBe(false);
    expect(findPrivateKeys({ name_zh: "沁水", values: [1, "a", null] })).toEqual([]);
  });
});
