import { describe, expect, it } from "vitest";
import { pathFromHash, segments } from "./router";

describe("pathFromHash", () => {
  it.each([
    ["", "/"],
    ["#", "/"],
    ["#/", "/"],
    ["#/wilayah", "/wilayah"],
    ["#/wilayah/", "/wilayah"],
    ["#wilayah/35.10", "/wilayah/35.10"],
    ["#/log-audit?x=1", "/log-audit"],
  ])("%s -> %s", (hash, path) => {
    expect(pathFromHash(hash)).toBe(path);
  });
});

describe("segments", () => {
  it("splits and decodes", () => {
    expect(segments("/wilayah/35.10")).toEqual(["wilayah", "35.10"]);
    expect(segments("/")).toEqual([]);
  });
});
