/** Confusion-matrix arithmetic for the heatmap: each cell as a share of its row (of the images of that class). */

export interface ConfusionCell {
  readonly actual: number;
  readonly predicted: number;
  readonly count: number;
  /** count / images of class `actual` (0 when the class has none). */
  readonly share: number;
}

/** Cells row by row; `confusion[actual][predicted]`. Throws on a ragged or non-square matrix. */
export function confusionCells(confusion: readonly (readonly number[])[]): ConfusionCell[][] {
  const n = confusion.length;
  return confusion.map((row, actual) => {
    if (row.length !== n) throw new Error(`confusion matrix row ${actual} has ${row.length} columns, expected ${n} (one per class)`);
    const total = row.reduce((a, b) => a + b, 0);
    return row.map((count, predicted) => ({ actual, predicted, count, share: total > 0 ? count / total : 0 }));
  });
}

/** The off-diagonal cells with the most images, largest first (the classes most often confused). */
export function topConfusions(confusion: readonly (readonly number[])[], limit: number): ConfusionCell[] {
  return confusionCells(confusion).flat()
    .filter((c) => c.actual !== c.predicted && c.count > 0)
    .sort((a, b) => b.count - a.count || a.actual - b.actual || a.predicted - b.predicted)
    .slice(0, limit);
}
