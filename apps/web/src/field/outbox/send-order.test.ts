import { describe, expect, it } from "vitest";
import { sendOrder } from "./send-order.ts";

describe("sendOrder", () => {
  it("sends urgent items first, each group oldest first", () => {
    const items = [
      { id: "routine-new", createdAt: 30 },
      { id: "urgent-new", createdAt: 40, urgent: true },
      { id: "routine-old", createdAt: 10, urgent: false },
      { id: "urgent-old", createdAt: 20, urgent: true },
    ];
    expect(sendOrder(items).map((i) => i.id)).toEqual([
      "urgent-old",
      "urgent-new",
      "routine-old",
      "routine-new",
    ]);
  });
});
