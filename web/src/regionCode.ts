// Official region codes (kode wilayah): province 2 digits, kabupaten/kota +2, kecamatan +2, desa/kelurahan +4,
// written dotted (35.10.01.2001) or compact (3510012001).

const kDotted = /^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/;
const kCompact = /^(\d{2}|\d{4}|\d{6}|\d{10})$/;

/** Returns the dotted form of a code written dotted or compact, or null when it is not a region code. */
export function normaliseRegionCode(input: string): string | null {
  const code = input.trim();
  if (kDotted.test(code)) return code;
  if (!kCompact.test(code)) return null;
  const parts = [code.slice(0, 2), code.slice(2, 4), code.slice(4, 6), code.slice(6)].filter((p) => p !== "");
  return parts.join(".");
}

/**
 * Splits a comma- or whitespace-separated list of codes; returns the dotted codes and the entries that are not codes.
 * Duplicates are dropped, order is kept.
 */
export function parseRegionCodeList(input: string): { codes: string[]; invalid: string[] } {
  const codes: string[] = [];
  const invalid: string[] = [];
  for (const entry of input.split(/[\s,;]+/).filter((e) => e !== "")) {
    const code = normaliseRegionCode(entry);
    if (code === null) invalid.push(entry);
    else if (!codes.includes(code)) codes.push(code);
  }
  return { codes, invalid };
}
