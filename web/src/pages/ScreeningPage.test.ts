import { describe, expect, it } from "vitest";
import type { Screening } from "../api";
import { explained, formatSeconds, isActive, percentDone } from "./ScreeningPage";

const base: Screening = {
  id: 1,
  program_code: "BST-3510-2024",
  period: "2024-01",
  list_name: "usulan.csv",
  region: "35.10",
  status: "running",
  rows_total: 0,
  rows_done: 0,
  rows_errors: 0,
  elapsed_seconds: 0,
  remaining_seconds: null,
  cancel_requested: false,
  message: "",
  lolos: 0,
  perlu_verifikasi: 0,
  ditolak: 0,
  rows: 0,
  data_version: "",
  created_at: "2026-11-23T17:00:00Z",
  finished_at: null,
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

describe("formatSeconds", () => {
  it("shows minutes:seconds, hours when needed, and a dash while unknown", () => {
    expect(formatSeconds(null)).toBe("-");
    expect(formatSeconds(5)).toBe("0:05");
    expect(formatSeconds(125)).toBe("2:05");
    expect(formatSeconds(3725)).toBe("1:02:05");
  });
});

describe("explained", () => {
  it("keeps only the details that say more than the reason code", () => {
    expect(explained({ details: ["TERDAFTAR_DTKS: desil 2, periode 2025-03", "ANGGOTA_KK_MENERIMA"] })).toEqual([
      "TERDAFTAR_DTKS: desil 2, periode 2025-03",
    ]);
  });
});
