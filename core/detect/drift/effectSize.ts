/** An effect size with its interval, and how to read it. */
export interface EffectSize {
  value: number;
  interval: [number, number];
  name: string;
  /** Unit for the reason text: "SD" or "" (a share). */
  unit: string;
}

/** Bootstrap replicates for every effect-size interval; seeded so results repeat. */
export const BOOTSTRAP_REPLICATES = 200;
export const BOOTSTRAP_SEED = 20240601;
