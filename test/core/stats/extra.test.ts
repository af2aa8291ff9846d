import { test } from 'node:test';
import assert from 'node:assert/strict';
import extra from '../../fixtures/oracle/extra_fixtures.json';
import {
  andersonKSample, chiSquaredContingency, cramerVonMises, energyDistance, fisherExact, hellinger, jensenShannon,
  ksTwoSample, lInfinity, twoProportionZ, wasserstein,
} from '../../../core/stats';
import { assertClose, P, sorted, STAT } from './compare';

interface NumericCase {
  name: string;
  ref: number[];
  cur: number[];
  expected: {
    ks_2samp: { statistic: number; pvalue: number };
    anderson_ksamp: { statistic: number; significance_level: number };
    cramervonmises_2samp: { statistic: number; pvalue: number };
    wasserstein_distance: number;
    energy_distance: number;
  };
}

for (const c of extra.numeric as NumericCase[]) {
  test(`extra ${c.name}: KS, AD, CvM, Wasserstein, energy`, () => {
    const a = sorted(c.ref);
    const b = sorted(c.cur);
    const e = c.expected;
    const ks = ksTwoSample(a, b);
    assertClose(ks.statistic, e.ks_2samp.statistic, STAT, 'KS statistic');
    assertClose(ks.pValue, e.ks_2samp.pvalue, P, 'KS p');
    const ad = andersonKSample(a, b);
    assertClose(ad.statistic, e.anderson_ksamp.statistic, STAT, 'AD statistic');
    assertClose(ad.pValue, e.anderson_ksamp.significance_level, P, 'AD p');
    const cvm = cramerVonMises(a, b);
    assertClose(cvm.statistic, e.cramervonmises_2samp.statistic, STAT, 'CvM statistic');
    assertClose(cvm.pValue, e.cramervonmises_2samp.pvalue, P, 'CvM p', cvm.pMethod === 'asymptotic' ? 1e-14 : 0);
    assertClose(wasserstein(a, b).statistic, e.wasserstein_distance, STAT, 'Wasserstein');
    assertClose(energyDistance(a, b).statistic, e.energy_distance, STAT, 'energy');
  });
}

for (const t of extra.tables) {
  const [a, b, c, d] = t.table;
  test(`extra 2x2 ${t.table.join(',')}: Fisher, chi-squared, z`, () => {
    const f = fisherExact(a, b, c, d);
    assertClose(f.oddsRatio, t.fisher_exact.oddsratio, STAT, 'odds ratio');
    assertClose(f.pValue, t.fisher_exact.pvalue, P, 'Fisher p');
    // Columns of the 2 x k table are the categories: [a, b] is the reference row.
    const yates = chiSquaredContingency([a, b], [c, d]);
    assertClose(yates.statistic, t.chi2_yates.statistic, STAT, 'Yates statistic');
    assertClose(yates.pValue, t.chi2_yates.pvalue, P, 'Yates p');
    const plain = chiSquaredContingency([a, b], [c, d], { yates: false });
    assertClose(plain.statistic, t.chi2_plain.statistic, STAT, 'chi2 statistic');
    assertClose(plain.pValue, t.chi2_plain.pvalue, P, 'chi2 p');
    const z = twoProportionZ(a, a + b, c, c + d);
    assertClose(z.statistic, t.proportions_ztest.z, STAT, 'z');
    assertClose(z.pValue, t.proportions_ztest.pvalue, P, 'z p');
  });
}

for (const h of extra.histograms) {
  test(`extra bins ${h.ref.join(',')}: Hellinger, JS bases, L-infinity`, () => {
    assertClose(hellinger(h.ref, h.cur).statistic, h.hellinger, STAT, 'Hellinger');
    assertClose(jensenShannon(h.ref, h.cur).statistic, h.jensenshannon_e, STAT, 'JS base e');
    assertClose(jensenShannon(h.ref, h.cur, 2).statistic, h.jensenshannon_2, STAT, 'JS base 2');
    assertClose(lInfinity(h.ref, h.cur).statistic, h.l_infinity, STAT, 'L-infinity');
  });
}

test('extra KS beyond 10,000 per sample uses the asymptotic kstwo p-value', () => {
  const big = (extra.numeric as NumericCase[]).find((c) => c.name === 'asymp_12000_11000');
  assert.ok(big);
  assert.equal(ksTwoSample(sorted(big.ref), sorted(big.cur)).pMethod, 'asymptotic');
});
