// Where a notification leads: its reference "<type>:<id>" names the object; the app knows the page of each type.

const kPagesByType: Record<string, string> = {
  discussion: "/diskusi",
  complaint: "/keluhan",
};

/** The in-app path of a notification's reference ("discussion:7" -> "/diskusi/7"), or null when unknown. */
export function referencePath(reference: string): string | null {
  const match = /^([a-z_]+):(\d+)$/.exec(reference);
  if (!match) return null;
  const base = kPagesByType[match[1]!];
  return base ? `${base}/${match[2]}` : null;
}
