import { calibrationBench } from './calibrationBench';
import { speedBench } from './speedBench';
import { multivariateBench } from './multivariateBench';

/** `npm run bench -- calibration`: false-alarm and detection rates (per column, then multivariate), then drift speed. */
export async function calibration(): Promise<void> {
  await calibrationBench();
  await multivariateBench();
  await speedBench();
}
