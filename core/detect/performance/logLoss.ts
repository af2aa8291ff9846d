/** Probabilities are clipped to [eps, 1 - eps] as sklearn's log_loss did by default before 1.5. */
export const LOG_LOSS_EPS = 1e-15;

/** Mean binary cross-entropy of P(label = 1) scores; NaN for no records. */
export function logLoss(scores: ArrayLike<number>, labels: ArrayLike<number>, eps = LOG_LOSS_EPS): number {
  let sum = 0;
  for (let i = 0; i < labels.length; i++) {
    const p = Math.min(1 - eps, Math.max(eps, scores[i]));
    sum -= labels[i] === 1 ? Math.log(p) : Math.log(1 - p);
  }
  return labels.length ? sum / labels.length : NaN;
}
