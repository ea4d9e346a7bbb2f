import { describe, expect, it } from "vitest";
import { barWidth, exportUrl, percent, withoutPaging, workingDuration } from "./complaintDashboard";

describe("complaint dashboard helpers", () => {
  it("shows shares as whole percentages", () => {
    expect(percent(0.4)).toBe("40%");
    expect(percent(1 / 3)).toBe("33%");
    expect(percent(null)).toBe("–");
  });

  it("shows working time in hours under a day, else in days", () => {
    expect(workingDuration(5 * 3600, "id")).toEqual({ unit: "hours", value: "5" });
    expect(workingDuration(60 * 3600, "en")).toEqual({ unit: "days", value: "2.5" });
    expect(workingDuration(60 * 3600, "id")).toEqual({ unit: "days", value: "2,5" });
    expect(workingDuration(null, "id")).toBeNull();
  });

  it("scales bars to the longest", () => {
    expect(barWidth(5, 10)).toBe("50%");
    expect(barWidth(1, 1000)).toBe("1%");
    expect(barWidth(0, 10)).toBe("0%");
    expect(barWidth(3, 0)).toBe("0%");
  });

  it("builds export links from the filters without paging", () => {
    expect(withoutPaging({ status: "BARU", page: 3, page_size: 20 })).toEqual({ status: "BARU" });
    expect(exportUrl("xlsx", { region: "35.10", from: "2026-06-01", page: 2 })).toBe(
      "/api/complaints/export?format=xlsx&region=35.10&from=2026-06-01",
    );
    expect(exportUrl("csv", {})).toBe("/api/complaints/export?format=csv");
  });
});
