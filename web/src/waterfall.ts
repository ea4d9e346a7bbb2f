import type { FieldEvidence } from "./api";

// The explanation of a match as a waterfall: the prior, then each field's weight added in turn, ending at the total.
// Pure, so it is unit-tested; the WeightWaterfall component only draws it.

/** One bar of the waterfall: where it starts and ends on the weight axis (log2 odds). */
export interface WaterfallStep {
  key: string;
  label: string;
  level: string;
  weight: number;
  start: number;
  end: number;
}

export interface Waterfall {
  steps: WaterfallStep[];
  total: number;
  /** The axis range, always including 0. */
  min: number;
  max: number;
}

/** The prior followed by each field; `total` is prior + all field weights. */
export function buildWaterfall(prior: number, fields: FieldEvidence[], priorLabel: string): Waterfall {
  const steps: WaterfallStep[] = [];
  let running = 0;
  const add = (key: string, label: string, level: string, weight: number) => {
    steps.push({ key, label, level, weight, start: running, end: running + weight });
    running += weight;
  };
  add("prior", priorLabel, "", prior);
  for (const field of fields) add(field.field, field.field, field.label, field.weight);
  const ends = steps.flatMap((step) => [step.start, step.end]);
  return { steps, total: running, min: Math.min(0, ...ends), max: Math.max(0, ...ends) };
}

/** Position of a weight on a 0-100 scale between the waterfall's min and max. */
export function percentOf(waterfall: Waterfall, weight: number): number {
  const span = waterfall.max - waterfall.min;
  if (span <= 0) return 0;
  return ((weight - waterfall.min) / span) * 100;
}
