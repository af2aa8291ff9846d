import { test } from 'node:test';
import assert from 'node:assert/strict';
import fixtures from '../../fixtures/oracle/oracle_fixtures.json';
import { histogramOf } from '../../../core/engine/histogram';
import type { ValueCount } from '../../../core/engine/engine';
import {
  alignCategories, alignHistograms, andersonKSample, chiSquaredContingency, chiSquaredGoodnessOfFit, cramerVonMises,
  jensenShannon, klDivergence, ksTwoSample, lInfinity, planBinning, psi, twoProportionZ, wasserstein,
} from '../../../core/stats';
import type { BinnedCounts, SampleSummary } from '../../../core/stats';
import { assertClose, P, sorted, STAT } from './compare';

type Json = Record<string, unknown>;
interface Case { name: string; type: 'num' | 'cat'; ref: (number | string)[]; cur: (number | string)[]; expected: Json }
const cases = (fixtures as { cases: Case[] }).cases;
const get = (o: Json, path: string): number => {
  const v = path.split('.').reduce<unknown>((x, k) => (x as Json)[k], o);
  return typeof v === 'string' ? Number(v) : (v as number);
};
const has = (o: Json, key: string): boolean => key in o && !('error' in (o[key] as Json)) && !('skipped' in (o[key] as Json));

/** What an engine would give: value counts, keyed by the value's text. */
function valueCounts(values: (number | string)[]): ValueCount[] {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(String(v), (counts.get(String(v)) ?? 0) + 1);
  return [...counts].map(([value, count]) => ({ value, count }));
}

function summary(c: Case, values: (number | string)[]): SampleSummary {
  const numbers = values.map(Number);
  return {
    numeric: c.type === 'num',
    count: values.length,
    distinct: new Set(values.map(String)).size,
    min: Math.min(...numbers),
    max: Math.max(...numbers),
  };
}

/** Evidently's binning through the same path any engine would take. */
function evidentlyBins(c: Case, ref: (number | string)[], cur: (number | string)[]): BinnedCounts {
  const plan = planBinning(summary(c, ref), summary(c, cur), 'evidently');
  if (plan.kind === 'categories') return alignCategories(valueCounts(ref), valueCounts(cur));
  return alignHistograms(histogramOf(sorted(ref), plan.edges), histogramOf(sorted(cur), plan.edges));
}

for (const c of cases) {
  const e = c.expected;
  const clean = (xs: (number | string)[]) => xs.filter((v) => c.type === 'cat' || Number.isFinite(Number(v)));
  const ref = clean(c.ref);
  const cur = clean(c.cur);

  // Each case registers only the tests its type has expected values for.
  if (c.type === 'num') test(`oracle ${c.name}: numeric tests`, () => {
    const a = sorted(ref);
    const b = sorted(cur);
    const ks = ksTwoSample(a, b);
    assertClose(ks.statistic, get(e, 'ks_2samp.statistic'), STAT, 'KS statistic');
    assertClose(ks.pValue, get(e, 'ks_2samp.pvalue'), P, 'KS p');
    const w = wasserstein(a, b);
    assertClose(w.statistic, get(e, 'wasserstein.raw'), STAT, 'Wasserstein');
    assertClose(w.referenceStd, get(e, 'wasserstein.ref_std_ddof0'), STAT, 'ref std');
    assertClose(w.normalized, get(e, 'wasserstein.normalized_evidently'), STAT, 'Wasserstein / std');
    if (has(e, 'anderson_ksamp')) {
      const ad = andersonKSample(a, b);
      assertClose(ad.statistic, get(e, 'anderson_ksamp.statistic'), STAT, 'AD statistic');
      assertClose(ad.pValue, get(e, 'anderson_ksamp.significance_level'), P, 'AD p');
      assert.equal(ad.capped, (e.anderson_ksamp as Json).capped);
      assert.equal(ad.note !== undefined, ad.capped);
    } else {
      assert.throws(() => andersonKSample(a, b), /distinct/);
    }
    const cvm = cramerVonMises(a, b);
    assertClose(cvm.statistic, get(e, 'cramervonmises_2samp.statistic'), STAT, 'CvM statistic');
    // scipy computes the asymptotic p as 1 − cdf, good to ~1e-15 absolute: compare within 1e-14 too.
    assertClose(cvm.pValue, get(e, 'cramervonmises_2samp.pvalue'), P, 'CvM p', cvm.pMethod === 'asymptotic' ? 1e-14 : 0);
  });

  if (has(e, 'chi_squared')) test(`oracle ${c.name}: chi-squared`, () => {
    const chi = e.chi_squared as Json;
    const refCounts = chi.ref_counts as number[];
    const bins = alignCategories(valueCounts(ref), valueCounts(cur));
    assert.deepEqual([...bins.reference].sort(), [...refCounts].sort());
    assert.deepEqual([...bins.current].sort(), [...(chi.cur_counts as number[])].sort());
    for (const [key, yates] of [['chi2_contingency_correction_false', false], ['chi2_contingency_correction_true', true]] as const) {
      const r = chiSquaredContingency(bins.reference, bins.current, { yates });
      assertClose(r.statistic, get(chi, `${key}.statistic`), STAT, `${key} statistic`);
      assertClose(r.pValue, get(chi, `${key}.pvalue`), P, `${key} p`);
      assert.equal(r.dof, get(chi, `${key}.dof`));
    }
    const gof = chiSquaredGoodnessOfFit(bins.reference, bins.current);
    assertClose(gof.statistic, get(chi, 'evidently_chisquare_gof.statistic'), STAT, 'GOF statistic');
    assertClose(gof.pValue, get(chi, 'evidently_chisquare_gof.pvalue'), P, 'GOF p');
  });

  test(`oracle ${c.name}: binned distances on Evidently's bins`, () => {
    const bins = evidentlyBins(c, ref, cur);
    assert.equal(bins.reference.length, get(e, 'jensenshannon_evidently.n_bins'));
    assertClose(jensenShannon(bins.reference, bins.current).statistic, get(e, 'jensenshannon_evidently.value'), STAT, 'JS');
    assertClose(psi(bins.reference, bins.current).statistic, get(e, 'psi_evidently.value'), STAT, 'PSI');
    assertClose(klDivergence(bins.reference, bins.current).statistic, get(e, 'kl_div_evidently.value'), STAT, 'KL');
    const extras = e.extras as Json;
    if ('l_infinity' in extras) {
      const linf = lInfinity(bins.reference, bins.current);
      assertClose(linf.statistic, get(extras, 'l_infinity.value'), STAT, 'L-infinity');
    }
    if ('evidently_z_test' in extras && get(extras, 'evidently_z_test.z') !== null) {
      const key = bins.labels[0];
      const count = (xs: (number | string)[]) => xs.filter((v) => String(v) !== key).length;
      const z = twoProportionZ(count(ref), ref.length, count(cur), cur.length);
      assertClose(z.statistic, get(extras, 'evidently_z_test.z'), STAT, 'z');
      assertClose(z.pValue, get(extras, 'evidently_z_test.pvalue'), P, 'z p');
    }
  });
}
