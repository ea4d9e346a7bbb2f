import { describe, expect, it } from "vitest";
import { filterQuery, kMaxAttachmentBytes, oversizedFiles, type ComplaintView } from "./complaintsApi";
import { mayAnswerFromData } from "./pages/complaints/ComplaintRegistryPanel";
import { maskNik } from "./pages/complaints/FileComplaintPage";
import { handlesComplaints, listKindsFor } from "./pages/complaints/ComplaintListPage";

describe("complaint helpers", () => {
  it("builds a query from the set filters only", () => {
    expect(filterQuery({})).toBe("");
    expect(filterQuery({ status: "BARU", q: "", page: 2 })).toBe("?status=BARU&page=2");
    expect(filterQuery({ q: "potongan 50%" })).toBe("?q=potongan+50%25");
  });

  it("finds files over 2 MB before uploading", () => {
    const small = new File(["x"], "a.pdf");
    const big = new File([new Uint8Array(kMaxAttachmentBytes + 1)], "b.pdf");
    expect(oversizedFiles([small, big]).map((f) => f.name)).toEqual(["b.pdf"]);
  });

  it("masks a NIK like the server", () => {
    expect(maskNik("3510014506900003")).toBe("3510********0003");
    expect(maskNik("12")).toBe("****");
  });

  it("offers officials their regions, citizens their own and guests the public list", () => {
    expect(listKindsFor(null)).toEqual(["public"]);
    expect(listKindsFor("warga")).toEqual(["mine", "public"]);
    expect(listKindsFor("pic_korwil")).toEqual(["officials", "public"]);
    expect(handlesComplaints("operator")).toBe(false);
    expect(handlesComplaints("operator_desa")).toBe(true);
  });

  it("offers answering from the data to officials who see the NIKs of a complaint that has some", () => {
    const view = (visibility: ComplaintView["visibility"], niks: string[]): ComplaintView =>
      ({
        visibility,
        complaint: { reporter_nik: niks[0], beneficiary_niks: niks.slice(1) },
      }) as unknown as ComplaintView;
    expect(mayAnswerFromData("admin_pemda", view("full", ["3510014506900003"]))).toBe(true);
    expect(mayAnswerFromData("operator_desa", view("masked", ["3510********0003"]))).toBe(true);
    expect(mayAnswerFromData("warga", view("masked", ["3510********0003"]))).toBe(false);
    expect(mayAnswerFromData("operator", view("public", []))).toBe(false);
    expect(mayAnswerFromData("admin", view("full", []))).toBe(false);
    expect(mayAnswerFromData(null, view("public", []))).toBe(false);
  });
});
