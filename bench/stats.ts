/** Small statistics for the benchmark: medians and spreads of a handful of runs. */

export interface Spread {
  median: number;
  min: number;
  max: number;
  /** Every run's value, in run order. */
  values: number[];
}

/** Linear-interpolated quantile (q in 0..1) of the finite values; NaN when there are none. */
export function quantile(values: readonly number[], q: number): number {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (position - low);
}

export function spread(values: readonly number[]): Spread {
  const finite = values.filter(Number.isFinite);
  return {
    median: quantile(finite, 0.5),
    min: finite.length ? Math.min(...finite) : NaN,
    max: finite.length ? Math.max(...finite) : NaN,
    values: [...values],
  };
}

/** Ratios of paired runs (game run i / bare run i); pairs with a missing side are skipped. */
export function pairedRatios(game: readonly number[], bare: readonly number[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < Math.min(game.length, bare.length); i++) {
    const g = game[i]!;
    const b = bare[i]!;
    if (Number.isFinite(g) && Number.isFinite(b) && b !== 0) out.push(g / b);
  }
  return out;
}
