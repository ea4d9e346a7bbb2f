import { describe, expect, it } from "vitest";
import { formatDuration, stageUnit } from "./dedupProgress";

describe("formatDuration", () => {
  it.each([
    [0, "0:00"],
    [7, "0:07"],
    [65, "1:05"],
    [3599, "59:59"],
    [3600, "1:00:00"],
    [3725, "1:02:05"],
    [-4, "0:00"],
    [59.6, "1:00"],
  ])("%s seconds read %s", (seconds, text) => {
    expect(formatDuration(seconds)).toBe(text);
  });
});

describe("stageUnit", () => {
  it("names what each stage counts", () => {
    expect(stageUnit("comparing")).toBe("dedup.unit.pairs");
    expect(stageUnit("blocking")).toBe("dedup.unit.rules");
    expect(stageUnit("loading")).toBe("dedup.unit.records");
  });

  it("has no unit for a stage it does not know", () => {
    expect(stageUnit("")).toBeNull();
    expect(stageUnit("somewhere")).toBeNull();
  });
});
