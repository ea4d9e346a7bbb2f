import { describe, expect, it, vi } from "vitest";
import { ApiClient, ApiError, parseErrorBody, parseJsonText } from "./api";
import { errorMessage, type Translate } from "./errors";
import { translate } from "./i18n/translate";

function jsonResponse(status: number, body: unknown): Response {
  return new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { "Content-Type": "application/json", "X-Request-Id": "hdr-1" },
  });
}

describe("ApiClient", () => {
  it("sends the CSRF token on writes only", async () => {
    const fetchMock = vi.fn(async () => jsonResponse(200, { regions: [] }));
    const client = new ApiClient(fetchMock as unknown as typeof fetch);
    client.setCsrfToken("tok");
    await client.regions("35.10");
    await client.setAccountDisabled(7, true);
    const calls = fetchMock.mock.calls as unknown as [string, RequestInit][];
    const [getPath, getInit] = calls[0]!;
    const [postPath, postInit] = calls[1]!;
    expect(getPath).toBe("/api/regions?parent=35.10");
    expect((getInit.headers as Record<string, string>)["X-CSRF-Token"]).toBeUndefined();
    expect(postPath).toBe("/api/accounts/7/disable");
    expect(postInit.method).toBe("POST");
    expect((postInit.headers as Record<string, string>)["X-CSRF-Token"]).toBe("tok");
  });

  it("uploads a list file as the raw body with its type, program, period and region in the query", async () => {
    const fetchMock = vi.fn(async () => jsonResponse(202, { screening: { id: 5 } }));
    const client = new ApiClient(fetchMock as unknown as typeof fetch);
    const file = new Blob(["NIK,NAMA\n"], { type: "text/csv" });
    await client.startScreening(file, "usulan desa.csv", "BST-3510-2024", "2024-01", "35.10.01");
    const [path, init] = (fetchMock.mock.calls as unknown as [string, RequestInit][])[0]!;
    expect(path).toBe(
      "/api/screenings?program=BST-3510-2024&period=2024-01&filename=usulan+desa.csv&region=35.10.01",
    );
    expect(init.body).toBe(file);
    expect((init.headers as Record<string, string>)["Content-Type"]).toBe("text/csv");
  });

  it("returns undefined for 204", async () => {
    const client = new ApiClient((async () => new Response(null, { status: 204 })) as typeof fetch);
    await expect(client.logout()).resolves.toBeUndefined();
  });

  it("turns the error shape into an ApiError", async () => {
    const client = new ApiClient(
      (async () =>
        jsonResponse(401, {
          error: { code: "unauthenticated", message: "wrong email or password", request_id: "r-9" },
        })) as typeof fetch,
    );
    const error = await client.login("a@b.c", "x").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 401, code: "unauthenticated", requestId: "r-9" });
  });

  it("calls onUnauthenticated on 401 outside the auth calls", async () => {
    const client = new ApiClient((async () => jsonResponse(401, { error: { code: "unauthenticated" } })) as typeof fetch);
    const onUnauthenticated = vi.fn();
    client.onUnauthenticated = onUnauthenticated;
    await client.accounts().catch(() => undefined);
    await client.me().catch(() => undefined);
    expect(onUnauthenticated).toHaveBeenCalledTimes(1);
  });

  it("reports an unreachable server as a network error", async () => {
    const client = new ApiClient((async () => {
      throw new TypeError("Failed to fetch");
    }) as typeof fetch);
    await expect(client.me()).rejects.toMatchObject({ status: 0, code: "network" });
  });

  it("builds the audit page query", async () => {
    const fetchMock = vi.fn(async () => jsonResponse(200, { entries: [] }));
    const client = new ApiClient(fetchMock as unknown as typeof fetch);
    await client.audit(50, 120);
    expect((fetchMock.mock.calls as unknown as [string][])[0]![0]).toBe("/api/audit?limit=50&before=120");
  });
});

describe("parseErrorBody", () => {
  it("tolerates a body that is not the error shape", () => {
    expect(parseErrorBody(502, "<html>", "h-1")).toMatchObject({ status: 502, code: "unknown", requestId: "h-1" });
  });
});

describe("errorMessage", () => {
  const t =
    (lang: "id" | "en"): Translate =>
    (key, params) =>
      translate(lang, key, params);

  it("says wrong email or password on a failed login", () => {
    const error = new ApiError(401, "unauthenticated", "bad", "r");
    expect(errorMessage(error, t("id"), "login.wrong")).toBe("Email atau kata sandi salah.");
    expect(errorMessage(error, t("en"), "login.wrong")).toBe("Wrong email or password.");
  });

  it("maps throttling, network and invalid input", () => {
    expect(errorMessage(new ApiError(429, "too_many_requests", "", null), t("id"))).toBe(translate("id", "error.tooMany"));
    expect(errorMessage(new ApiError(0, "network", "", null), t("en"))).toBe(translate("en", "error.network"));
    expect(errorMessage(new ApiError(400, "invalid_argument", "password is too common", null), t("en"))).toBe(
      "Input not accepted: password is too common",
    );
    expect(errorMessage(new Error("boom"), t("id"))).toBe(translate("id", "error.generic"));
  });
});

describe("parseJsonText", () => {
  it("parses JSON and gives undefined for empty or other text", () => {
    expect(parseJsonText('{"a":1}')).toEqual({ a: 1 });
    expect(parseJsonText("")).toBeUndefined();
    expect(parseJsonText("<html>")).toBeUndefined();
  });
});
