import { describe, expect, it } from "vitest";
import { normaliseRegionCode, parseRegionCodeList } from "./regionCode";

describe("normaliseRegionCode", () => {
  it.each([
    ["35", "35"],
    ["35.10", "35.10"],
    ["3510", "35.10"],
    ["351001", "35.10.01"],
    ["35.10.01.2001", "35.10.01.2001"],
    ["3510012001", "35.10.01.2001"],
    [" 32.73 ", "32.73"],
  ])("%s -> %s", (input, expected) => {
    expect(normaliseRegionCode(input)).toBe(expected);
  });

  it.each(["", "3", "35.1", "35.10.01.201", "35101", "ab.cd", "35-10"])("refuses %j", (input) => {
    expect(normaliseRegionCode(input)).toBeNull();
  });
});

describe("parseRegionCodeList", () => {
  it("splits, normalises, de-duplicates and reports bad entries", () => {
    expect(parseRegionCodeList("35.10, 3510; 32.73 x9")).toEqual({ codes: ["35.10", "32.73"], invalid: ["x9"] });
  });
});
