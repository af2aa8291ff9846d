import type { Remediation, WhatIfAsk, WhatIfScope } from '../../core/protocol/whatif';

/**
 * The ask and scope that reproduce a result's remediation in the What-If form, for a result
 * computed elsewhere (a notebook cell). A per-slice threshold's column is not in the result,
 * so the form offers it as one global threshold.
 */
export function askOfRemediation(remediation: Remediation): { ask: WhatIfAsk; scope: WhatIfScope } {
  switch (remediation.kind) {
    case 'threshold':
      return { ask: { kind: 'threshold', objective: remediation.objective }, scope: {} };
    case 'recalibrate':
      return { ask: { kind: 'recalibrate', method: remediation.method }, scope: {} };
    case 'fallback':
      return { ask: { kind: 'fallback', action: remediation.action }, scope: { where: remediation.where } };
    case 'rollback':
      return { ask: { kind: 'rollback', current: remediation.current, previous: remediation.previous }, scope: {} };
    case 'repair': {
      const { where, ...ask } = remediation;
      return { ask, scope: where ? { where } : {} };
    }
    case 'schedule':
      return { ask: { kind: 'schedule', policy: remediation.policy, retrainCost: remediation.retrainCost }, scope: {} };
  }
}
