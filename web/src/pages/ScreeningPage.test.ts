import { describe, expect, it } from "vitest";
import type { Screening } from "../api";
import { isActive, percentDone } from "./ScreeningPage";

const base: Screening = {
  id: 1,
  program_code: "BST-35-2024",
  period: "2024-01",
  list_name: "usulan.csv",
  status: "running",
  rows_total: 0,
  rows_done: 0,
  message: "",
  lolos: 0,
  perlu_verifikasi: 0,
  ditolak: 0,
  rows: 0,
  data_version: "",
  created_at: 0,
};

describe("screening progress", () => {
  it("is active while queued or running", () => {
    expect(isActive({ ...base, status: "queued" })).toBe(true);
    expect(isActive(base)).toBe(true);
    for (const status of ["succeeded", "failed", "cancelled"] as const) expect(isActive({ ...base, status })).toBe(false);
  });

  it("shows whole percents, 0 while the total is unknown, never above 100", () => {
    expect(percentDone(base)).toBe(0);
    expect(percentDone({ ...base, rows_total: 3, rows_done: 2 })).toBe(66);
    expect(percentDone({ ...base, rows_total: 10, rows_done: 12 })).toBe(100);
  });
});
