import { describe, expect, it } from "vitest";
import { buildCsv } from "./build-csv.ts";

interface Row {
  name: string;
  area: number | null;
}
const columns = [
  { header: "名称", value: (r: Row) => r.name },
  { header: "面积（亩）", value: (r: Row) => r.area },
];

describe("buildCsv", () => {
  it("writes a BOM, the header and CRLF rows", () => {
    expect(buildCsv(columns, [{ name: "片区", area: 15 }])).toBe("\uFEFF名称,面积（亩）\r\n片区,15\r\n");
  });

  it("quotes commas, quotes and line breaks, and leaves nulls empty", () => {
    const csv = buildCsv(columns, [{ name: 'a,"b"\nc', area: null }]);
    expect(csv.split("\r\n")[1]).toBe('"a,""b""\nc",');
  });

  it("defuses cells that a spreadsheet would run as formulas", () => {
    const csv = buildCsv(columns, [{ name: "=HYPERLINK(1)", area: -3 }]);
    expect(csv.split("\r\n")[1]).toBe("'=HYPERLINK(1),-3");
  });
});
