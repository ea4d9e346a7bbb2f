import { describe, expect, it } from "vitest";
import { buildWaterfall, percentOf } from "./waterfall";

const kFields = [
  { field: "nama", level: 1, label: "exact", weight: 9.5, tf_adjustment: 0.5 },
  { field: "tanggal_lahir", level: 2, label: "day_month_swapped", weight: 4, tf_adjustment: 0 },
  { field: "jenis_kelamin", level: 0, label: "else", weight: -3, tf_adjustment: 0 },
];

describe("buildWaterfall", () => {
  it("starts at the prior and adds every field in turn", () => {
    const w = buildWaterfall(-8, kFields, "prior");
    expect(w.steps.map((s) => [s.key, s.start, s.end])).toEqual([
      ["prior", 0, -8],
      ["nama", -8, 1.5],
      ["tanggal_lahir", 1.5, 5.5],
      ["jenis_kelamin", 5.5, 2.5],
    ]);
    expect(w.total).toBe(2.5);
    expect(w.steps[2]!.level).toBe("day_month_swapped");
  });

  it("spans an axis that includes zero", () => {
    const w = buildWaterfall(2, [{ field: "nik", level: 1, label: "exact", weight: 10, tf_adjustment: 0 }], "prior");
    expect([w.min, w.max]).toEqual([0, 12]);
    expect(percentOf(w, 6)).toBe(50);
  });

  it("handles a pair without fields", () => {
    const w = buildWaterfall(0, [], "prior");
    expect(w.total).toBe(0);
    expect(percentOf(w, 0)).toBe(0);
  });
});
