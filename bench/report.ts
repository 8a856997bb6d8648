import type { Spread } from './stats';

/** What the benchmark prints and writes: one row per measure, with its target and verdict. */
export type Target =
  | { kind: 'ratio'; max: number }
  | { kind: 'delta'; max: number; why: string }
  | { kind: 'value'; max: number }
  | { kind: 'none' };

export interface Row {
  id: string;
  group: string;
  label: string;
  unit: 'B' | 'ms' | 'MB' | 'count' | '/s';
  subject: Spread;
  /** What the subject is compared with (the bare page, round 1, the idle board…). */
  baselineLabel: string;
  baseline: Spread | null;
  /** Per-run subject/baseline ratios. */
  ratio: Spread | null;
  target: Target;
  verdict: 'PASS' | 'MISS' | 'n/a';
  /** What stands in the way when missed, or context. */
  notes: string[];
}

export function verdictOf(
  target: Target,
  subject: Spread,
  baseline: Spread | null,
  ratio: Spread | null,
): Row['verdict'] {
  switch (target.kind) {
    case 'ratio':
      return ratio && Number.isFinite(ratio.median) ? (ratio.median <= target.max ? 'PASS' : 'MISS') : 'n/a';
    case 'delta':
      return baseline && Number.isFinite(subject.median) && Number.isFinite(baseline.median)
        ? subject.median - baseline.median <= target.max
          ? 'PASS'
          : 'MISS'
        : 'n/a';
    case 'value':
      return Number.isFinite(subject.median) ? (subject.median <= target.max ? 'PASS' : 'MISS') : 'n/a';
    case 'none':
      return 'n/a';
  }
}

/**
 * A ratio verdict whose paired runs fall on both sides of the target: the median decides, but
 * the machine's noise could have decided the other way.
 */
export function crossesTarget(row: Row): boolean {
  return (
    row.target.kind === 'ratio' &&
    row.ratio !== null &&
    row.ratio.values.length > 1 &&
    row.ratio.min <= row.target.max &&
    row.ratio.max > row.target.max
  );
}

function verdictText(row: Row): string {
  return crossesTarget(row) ? `${row.verdict} (runs on both sides)` : row.verdict;
}

export function formatValue(value: number, unit: Row['unit']): string {
  if (!Number.isFinite(value)) return '–';
  switch (unit) {
    case 'B':
      return `${Math.round(value).toLocaleString('en-US')} B`;
    case 'ms':
      return value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${value.toFixed(value < 10 ? 1 : 0)} ms`;
    case 'MB':
      return `${(value / 1e6).toFixed(1)} MB`;
    case '/s':
      return `${value.toFixed(value < 10 ? 1 : 0)}/s`;
    case 'count':
      return Number.isInteger(value) ? value.toLocaleString('en-US') : value.toFixed(1);
  }
}

export function formatSpread(spread: Spread | null, unit: Row['unit']): string {
  if (!spread || !Number.isFinite(spread.median)) return '–';
  const median = formatValue(spread.median, unit);
  if (spread.values.length < 2 || spread.min === spread.max) return median;
  return `${median} (${formatValue(spread.min, unit)}–${formatValue(spread.max, unit)})`;
}

function formatRatio(ratio: Spread | null): string {
  if (!ratio || !Number.isFinite(ratio.median)) return '–';
  const median = `${ratio.median.toFixed(2)}×`;
  if (ratio.values.length < 2 || ratio.min === ratio.max) return median;
  return `${median} (${ratio.min.toFixed(2)}–${ratio.max.toFixed(2)})`;
}

export function formatTarget(target: Target, unit: Row['unit']): string {
  switch (target.kind) {
    case 'ratio':
      return `≤ ${target.max}×`;
    case 'delta':
      return `≤ baseline + ${formatValue(target.max, unit)}`;
    case 'value':
      return target.max === 0 ? '0' : `≤ ${formatValue(target.max, unit)}`;
    case 'none':
      return '–';
  }
}

/** Plain text for the terminal. */
export function textTable(rows: readonly Row[]): string {
  const lines: string[] = [];
  let group = '';
  for (const row of rows) {
    if (row.group !== group) {
      group = row.group;
      lines.push('', group);
    }
    lines.push(
      `  ${row.label}`,
      `    game ${formatSpread(row.subject, row.unit)} | ${row.baselineLabel} ${formatSpread(row.baseline, row.unit)}` +
        ` | ratio ${formatRatio(row.ratio)} | target ${formatTarget(row.target, row.unit)} | ${verdictText(row)}`,
    );
    if (row.verdict === 'MISS' || row.target.kind === 'none')
      for (const note of row.notes) lines.push(`      · ${note}`);
  }
  return lines.join('\n');
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|');
}

/** A markdown table the README can include, and the notes under it. */
export function markdownTable(rows: readonly Row[]): string {
  const out = [
    '| Measure | Game | Compared with | Ratio | Target | |',
    '| --- | --- | --- | --- | --- | --- |',
  ];
  for (const row of rows) {
    out.push(
      `| ${cell(`${row.group}: ${row.label}`)} | ${cell(formatSpread(row.subject, row.unit))} | ${cell(
        `${row.baselineLabel} ${formatSpread(row.baseline, row.unit)}`,
      )} | ${cell(formatRatio(row.ratio))} | ${cell(formatTarget(row.target, row.unit))} | ${verdictText(row)} |`,
    );
  }
  const notes = rows.filter((r) => r.notes.length > 0);
  if (notes.length) {
    out.push('', '**What stands in the way / context**', '');
    for (const row of notes) {
      out.push(`- *${row.group}: ${row.label}* (${verdictText(row)})`);
      for (const note of row.notes) out.push(`  - ${note}`);
    }
  }
  return out.join('\n');
}
