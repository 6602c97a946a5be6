import type { Vocabulary } from "@lianpian/domain";
import { dangerGrade, hazardTrigger } from "@lianpian/domain";
import { describe, expect, it } from "vitest";
import { renderField } from "./render-field.ts";

const asAny = <V extends string>(v: Vocabulary<V>) => v as unknown as Vocabulary<string>;

describe("renderField", () => {
  it("labels vocabulary values in the interface language", () => {
    const format = { kind: "vocab", vocab: asAny(dangerGrade) } as const;
    expect(renderField(format, "huge", "zh")).toBe("特大型");
    expect(renderField(format, "huge", "en")).toBe("Very large");
  });

  it("keeps an unknown value visible rather than hiding it", () => {
    expect(renderField({ kind: "vocab", vocab: asAny(dangerGrade) }, "gigantic", "en")).toBe("gigantic");
  });

  it("joins lists with the language's separator, also from JSON text in tiles", () => {
    const format = { kind: "vocab_list", vocab: asAny(hazardTrigger) } as const;
    expect(renderField(format, ["rainfall", "mining"], "zh")).toBe("降雨、采矿");
    expect(renderField(format, '["rainfall","mining"]', "en")).toBe("Rainfall, Mining");
  });

  it("prints nothing for empty values", () => {
    expect(renderField({ kind: "text" }, null, "zh")).toBeNull();
    expect(renderField({ kind: "list" }, [], "zh")).toBeNull();
  });

  it("prints years without grouping and areas in 亩", () => {
    expect(renderField({ kind: "number" }, 2026, "en")).toBe("2026");
    expect(renderField({ kind: "area_m2" }, 666_666.7, "zh")).toBe("1,000 亩（66.67 公顷）");
  });
});
