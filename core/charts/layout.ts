import type { Layout } from './figure';

export function baseLayout(): Layout {
  return {
    height: 360,
    margin: { l: 64, r: 24, t: 40, b: 56 },
    showlegend: true,
    legend: { orientation: 'h', x: 0, y: 1.02, xanchor: 'left', yanchor: 'bottom' },
  };
}

export function bucketNoun(bucket: 'hour' | 'day' | 'week'): string {
  return bucket === 'hour' ? 'Hour' : bucket === 'day' ? 'Day' : 'Week starting';
}
