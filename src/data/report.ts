/** The before-training report: class counts per split, imbalance and one-line warnings. */
import { countClasses, imbalanceRatio } from './split.ts';
import type { SplitIndices } from './split.ts';
import type { DatasetReport, SkippedFile } from './types.ts';

/** Imbalance (largest / smallest training class) above which a warning is given. */
export const IMBALANCE_WARNING_RATIO = 3;
/** Fewer training images than this in a class gives a warning. */
export const FEW_IMAGES_WARNING = 10;

export function buildReport(
  classes: readonly string[],
  labels: Int32Array,
  splits: SplitIndices,
  skipped: readonly SkippedFile[],
  extra: { storage: 'memory' | 'stream'; hiddenIgnored: number; warnings: readonly string[] },
): DatasetReport {
  const k = classes.length;
  const train = countClasses(labels, k, splits.train);
  const val = countClasses(labels, k, splits.val);
  const test = countClasses(labels, k, splits.test);
  const total = train.map((n, c) => n + val[c] + test[c]);
  const imbalance = imbalanceRatio(train);
  const warnings = [...extra.warnings];
  if (imbalance > IMBALANCE_WARNING_RATIO) {
    const max = train.indexOf(Math.max(...train));
    const min = train.indexOf(Math.min(...train));
    warnings.push(
      `classes are imbalanced (${imbalance.toFixed(1)}×): "${classes[max]}" has ${train[max]} training images, "${classes[min]}" only ${train[min]}; add images to the small classes or expect the model to favour the large ones`,
    );
  }
  const few = classes.filter((_, c) => train[c] < FEW_IMAGES_WARNING);
  if (few.length > 0) {
    warnings.push(`few training images (under ${FEW_IMAGES_WARNING}) in ${few.map((n) => `"${n}"`).join(', ')}; accuracy will be unreliable`);
  }
  if (splits.val.length === 0) warnings.push('the validation split is empty; validation metrics will be missing');
  if (splits.test.length === 0) warnings.push('the test split is empty; test metrics will be missing');
  const missingTest = classes.filter((_, c) => test[c] === 0);
  if (splits.test.length > 0 && missingTest.length > 0) {
    warnings.push(`no test images for ${missingTest.map((n) => `"${n}"`).join(', ')}`);
  }
  if (skipped.length > 0) warnings.push(`${skipped.length} file${skipped.length === 1 ? '' : 's'} skipped (see the skipped list for each reason)`);
  return {
    classCounts: { train, val, test, total },
    imbalance,
    warnings,
    images: splits.train.length + splits.val.length + splits.test.length,
    storage: extra.storage,
    hiddenIgnored: extra.hiddenIgnored,
  };
}
