import { describe, expect, it, vi } from "vitest";
import { api } from "./api";
import {
  dtksDiffUrl,
  errorReportUrl,
  formatDuration,
  importKindOf,
  isFinished,
  jobFraction,
  rowsStored,
  templateUrl,
  uploadImport,
} from "./imports";

const kUnits = { h: "j", m: "m", s: "d" };

describe("formatDuration", () => {
  it.each([
    [0, "0 d"],
    [59.4, "59 d"],
    [61, "1 m 01 d"],
    [3600 + 2 * 60 + 5, "1 j 02 m 05 d"],
    [-3, "0 d"],
  ])("%d seconds read %j", (seconds, text) => {
    expect(formatDuration(seconds, kUnits)).toBe(text);
  });
});

describe("jobFraction", () => {
  it("is unknown while the total is unknown, and whole once succeeded", () => {
    expect(jobFraction({ rows_done: 5, rows_total: 0, status: "running" })).toBeNull();
    expect(jobFraction({ rows_done: 25, rows_total: 100, status: "running" })).toBe(0.25);
    expect(jobFraction({ rows_done: 120, rows_total: 100, status: "running" })).toBe(1);
    expect(jobFraction({ rows_done: 99, rows_total: 100, status: "succeeded" })).toBe(1);
  });
});

describe("rowsStored", () => {
  it("is the rows read less the rows rejected", () => {
    expect(rowsStored({ rows_done: 3, rows_errors: 1 })).toBe(2);
    expect(rowsStored({ rows_done: 0, rows_errors: 0 })).toBe(0);
    expect(rowsStored({ rows_done: 1, rows_errors: 4 })).toBe(0);
  });
});

describe("job kinds and states", () => {
  it("strips the import. prefix", () => {
    expect(importKindOf("import.dtks")).toBe("dtks");
    expect(importKindOf("other")).toBe("other");
  });
  it("knows which states are final", () => {
    expect(isFinished("queued")).toBe(false);
    expect(isFinished("running")).toBe(false);
    expect(isFinished("succeeded")).toBe(true);
    expect(isFinished("failed")).toBe(true);
    expect(isFinished("cancelled")).toBe(true);
  });
});

/** A stand-in for the browser's XMLHttpRequest: records the request and answers with `status` and `body`. */
class FakeXhr {
  static last: FakeXhr | null = null;
  static answer: { status: number; body: string } = { status: 202, body: "" };
  method = "";
  url = "";
  headers: Record<string, string> = {};
  status = 0;
  responseText = "";
  sent: unknown = null;
  upload: { onprogress: ((e: { loaded: number; total: number; lengthComputable: boolean }) => void) | null } = {
    onprogress: null,
  };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  constructor() {
    FakeXhr.last = this;
  }
  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }
  getResponseHeader() {
    return "req-1";
  }
  send(body: unknown) {
    this.sent = body;
    this.upload.onprogress?.({ loaded: 5, total: 10, lengthComputable: true });
    this.status = FakeXhr.answer.status;
    this.responseText = FakeXhr.answer.body;
    this.onload?.();
  }
}

describe("uploadImport", () => {
  const file = new File(["NIK\n"], "data warga.csv", { type: "text/csv" });

  it("posts the file with kind, name and CSRF token, reports progress and returns the queued job", async () => {
    vi.stubGlobal("XMLHttpRequest", FakeXhr);
    api.setCsrfToken("tok");
    FakeXhr.answer = { status: 202, body: JSON.stringify({ id: 4, status: "queued" }) };
    const progress: [number, number][] = [];
    const job = await uploadImport("dtks", file, (sent, total) => progress.push([sent, total]));
    expect(job).toMatchObject({ id: 4, status: "queued" });
    const xhr = FakeXhr.last!;
    expect(xhr.method).toBe("POST");
    expect(xhr.url).toBe("/api/imports?kind=dtks&filename=data+warga.csv");
    expect(xhr.headers["X-CSRF-Token"]).toBe("tok");
    expect(xhr.sent).toBe(file);
    expect(progress).toEqual([[5, 10]]);
    vi.unstubAllGlobals();
  });

  it("turns a refusal into an ApiError with the server's message", async () => {
    vi.stubGlobal("XMLHttpRequest", FakeXhr);
    FakeXhr.answer = {
      status: 413,
      body: JSON.stringify({ error: { code: "too_large", message: "file too large", request_id: "r-1" } }),
    };
    await expect(uploadImport("dukcapil", file, () => {})).rejects.toMatchObject({
      status: 413,
      code: "too_large",
      message: "file too large",
    });
    vi.unstubAllGlobals();
  });
});

describe("download and summary addresses", () => {
  it("name the kind, format and job", () => {
    expect(templateUrl("recipients", "xlsx")).toBe("/api/import-templates/recipients?format=xlsx");
    expect(errorReportUrl(9, "csv")).toBe("/api/imports/9/errors?format=csv");
    expect(dtksDiffUrl(9)).toBe("/api/imports/9/dtks-diff");
  });
});
