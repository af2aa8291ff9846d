import { seededRandom } from '../../../../core/stats/seededRandom';

/** Seeded draws for the simulation tests. */
export function simulator(seed: number) {
  const uniform = seededRandom(seed);
  const normal = (): number => Math.sqrt(-2 * Math.log(1 - uniform())) * Math.cos(2 * Math.PI * uniform());
  const bernoulli = (p: number): number => (uniform() < p ? 1 : 0);
  return { uniform, normal, bernoulli };
}
