import { describe, expect, it } from "vitest";
import { classifySearch, formatRupiah } from "./registry";

describe("classifySearch", () => {
  it.each([
    ["3510011203850001", "3510011203850001"],
    [" 3510 0112 0385 0001 ", "3510011203850001"],
    ["3510.0112.0385.0001", "3510011203850001"],
    ["'3510011203850001", "3510011203850001"],
    ["3510", "3510"],
  ])("reads %j as a NIK", (text, nik) => {
    expect(classifySearch(text)).toEqual({ kind: "nik", nik });
  });

  it("reads letters as a name", () => {
    expect(classifySearch("  siti aminah ")).toEqual({ kind: "name", name: "siti aminah" });
  });

  it("asks for more letters when the name is too short", () => {
    expect(classifySearch("si")).toEqual({ kind: "tooShort" });
    expect(classifySearch("   ")).toEqual({ kind: "tooShort" });
  });
});

describe("formatRupiah", () => {
  it("groups thousands the Indonesian way", () => {
    expect(formatRupiah(300000, "id-ID").replace(/\s/g, "")).toBe("Rp300.000");
    expect(formatRupiah(null, "id-ID")).toBe("");
  });
});
