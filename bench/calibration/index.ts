import { calibrationBench } from './calibrationBench';
import { speedBench } from './speedBench';

/** `npm run bench -- calibration`: false-alarm and detection rates, then drift speed. */
export async function calibration(): Promise<void> {
  await calibrationBench();
  await speedBench();
}
