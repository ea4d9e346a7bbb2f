import type { MessageKey } from "./i18n/id";

// What a dedup run's progress counts in each stage, and durations as a clock reads them.

const kStageUnits: Record<string, MessageKey> = {
  loading: "dedup.unit.records",
  blocking: "dedup.unit.rules",
  pairing: "dedup.unit.rules",
  comparing: "dedup.unit.pairs",
  training: "dedup.unit.iterations",
  scoring: "dedup.unit.pairs",
  clustering: "dedup.unit.matches",
  saving: "dedup.unit.clusters",
};

/** The unit a stage counts ("comparing" counts pairs), or null for a stage this app does not know. */
export function stageUnit(stage: string): MessageKey | null {
  return kStageUnits[stage] ?? null;
}

/** Seconds as "m:ss", or "h:mm:ss" from an hour on; negative or fractional input is clamped and rounded. */
export function formatDuration(seconds: number): string {
  const total = Math.max(0, Math.round(seconds));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, "0");
  return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${s}` : `${m}:${s}`;
}
