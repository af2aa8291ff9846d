/** What every VS Code test phase reports; the JSON the in-host runner writes. */
export interface SuiteResults {
  passed: number;
  failed: number;
  /** "full title: message" of each failure. */
  failures: string[];
}

export const resultsEnv = 'SIGHTLINE_SUITE_RESULTS';
export const grepEnv = 'SIGHTLINE_TEST_GREP';
