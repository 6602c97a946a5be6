import { describe, expect, it } from "vitest";
import { isPhotoContentType, sniffImageType } from "./photo-rules.ts";

const bytes = (...b: number[]) => new Uint8Array(b);
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

describe("sniffImageType", () => {
  it("knows JPEG, PNG and WebP by their magic numbers", () => {
    expect(sniffImageType(bytes(0xff, 0xd8, 0xff, 0xdb, 0))).toBe("image/jpeg");
    expect(sniffImageType(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0))).toBe("image/png");
    expect(sniffImageType(bytes(...ascii("RIFF"), 1, 2, 3, 4, ...ascii("WEBPVP8 ")))).toBe("image/webp");
  });

  it("refuses other files, short files and a RIFF that is not WebP", () => {
    expect(sniffImageType(bytes(...ascii("GIF89a")))).toBeNull();
    expect(sniffImageType(bytes(...ascii("%PDF-1.7")))).toBeNull();
    expect(sniffImageType(bytes(0xff, 0xd8))).toBeNull();
    expect(sniffImageType(bytes(...ascii("RIFF"), 1, 2, 3, 4, ...ascii("WAVE")))).toBeNull();
  });
});

describe("isPhotoContentType", () => {
  it("accepts the three types with parameters, in any case", () => {
    expect(isPhotoContentType("image/JPEG; charset=binary")).toBe(true);
    expect(isPhotoContentType("image/gif")).toBe(false);
    expect(isPhotoContentType(undefined)).toBe(false);
  });
});
