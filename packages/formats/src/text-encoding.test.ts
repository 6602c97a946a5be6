import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { chooseEncoding, detectEncoding, normalizeEncoding } from "./text-encoding.ts";

describe("text encodings", () => {
  it.each([
    ["UTF-8", "utf-8"],
    ["utf8", "utf-8"],
    ["65001", "utf-8"],
    ["GBK", "gb18030"],
    ["GB2312", "gb18030"],
    ["936", "gb18030"],
    ["CP936", "gb18030"],
    [" ANSI 936\r\n", "gb18030"],
    ["ANSI 936", "gb18030"],
    ["GB18030", "gb18030"],
    ["Big5", "big5"],
    ["1252", "windows-1252"],
    ["ISO-8859-1", "windows-1252"],
    ["", null],
    ["klingon", null],
  ])("names %j as %s", (name, label) => {
    expect(normalizeEncoding(name)).toBe(label);
  });

  it("detects UTF-8, GBK (as GB18030) and Big5", () => {
    expect(detectEncoding(new TextEncoder().encode("泽州县巴公镇"))).toBe("utf-8");
    expect(detectEncoding(new Uint8Array(iconv.encode("山西省晋城市泽州县巴公镇煤矿", "gbk")))).toBe(
      "gb18030",
    );
    expect(detectEncoding(new Uint8Array(iconv.encode("臺灣省臺北市信義區市府路一號", "big5")))).toBe("big5");
    expect(detectEncoding(new TextEncoder().encode("plain ascii"))).toBe("utf-8");
  });

  it("lets an override win and names the .cpg or detection as the source", () => {
    const gbk = new Uint8Array(iconv.encode("矿山", "gbk"));
    expect(chooseEncoding(gbk, "utf-8", "936")).toEqual({
      used: "utf-8",
      detected: "gb18030",
      source: "override",
    });
    expect(chooseEncoding(gbk, undefined, "936")).toEqual({
      used: "gb18030",
      detected: "gb18030",
      source: "cpg",
    });
    expect(chooseEncoding(gbk, undefined, "nonsense")).toEqual({
      used: "gb18030",
      detected: "gb18030",
      source: "detected",
    });
    expect(() => chooseEncoding(gbk, "klingon")).toThrow(
      expect.objectContaining({ code: "unknown_encoding" }),
    );
  });
});
