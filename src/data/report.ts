/** The before-training report: class counts per split, imbalance and one-line warnings. */
import { countClasses, imbalanceRatio } from './split.ts';
import type { SplitIndices } from './split.ts';
import { notice } from './fitNotices.ts';
import type { DatasetNotice, DatasetReport, SkippedFile } from './types.ts';

/** Imbalance (largest / smallest training class) above which a warning is given. */
export const IMBALANCE_WARNING_RATIO = 3;
/** Fewer training images than this in a class gives a warning. */
export const FEW_IMAGES_WARNING = 10;

export function buildReport(
  classes: readonly string[],
  labels: Int32Array,
  splits: SplitIndices,
  skipped: readonly SkippedFile[],
  extra: { storage: 'memory' | 'stream'; hiddenIgnored: number; notices: readonly DatasetNotice[] },
): DatasetReport {
  const k = classes.length;
  const train = countClasses(labels, k, splits.train);
  const val = countClasses(labels, k, splits.val);
  const test = countClasses(labels, k, splits.test);
  const total = train.map((n, c) => n + val[c] + test[c]);
  const imbalance = imbalanceRatio(train);
  const notices = [...extra.notices];
  const quoted = (names: readonly string[]) => names.map((n) => `"${n}"`).join(', ');
  if (imbalance > IMBALANCE_WARNING_RATIO) {
    const max = train.indexOf(Math.max(...train));
    const min = train.indexOf(Math.min(...train));
    notices.push(notice('imbalance', 'warning',
      `classes are imbalanced (${imbalance.toFixed(1)}×): "${classes[max]}" has ${train[max]} training images, "${classes[min]}" only ${train[min]}; add images to the small classes or expect the model to favour the large ones`,
      { ratio: Number(imbalance.toFixed(1)), large: classes[max], largeCount: train[max], small: classes[min], smallCount: train[min] }));
  }
  const few = classes.filter((_, c) => train[c] < FEW_IMAGES_WARNING);
  if (few.length > 0) {
    notices.push(notice('few-images', 'warning', `few training images (under ${FEW_IMAGES_WARNING}) in ${quoted(few)}; accuracy will be unreliable`, { classes: few.join(', '), min: FEW_IMAGES_WARNING }));
  }
  if (splits.val.length === 0) notices.push(notice('no-validation', 'warning', 'the validation split is empty; validation metrics will be missing'));
  if (splits.test.length === 0) notices.push(notice('no-test', 'warning', 'the test split is empty; test metrics will be missing'));
  const missingTest = classes.filter((_, c) => test[c] === 0);
  if (splits.test.length > 0 && missingTest.length > 0) {
    notices.push(notice('class-without-test', 'warning', `no test images for ${quoted(missingTest)}`, { classes: missingTest.join(', ') }));
  }
  if (skipped.length > 0) {
    notices.push(notice('skipped', 'warning', `${skipped.length} file${skipped.length === 1 ? '' : 's'} skipped (see the skipped list for each reason)`, { n: skipped.length }));
  }
  return {
    classCounts: { train, val, test, total },
    imbalance,
    warnings: notices.map((n) => n.message),
    notices,
    images: splits.train.length + splits.val.length + splits.test.length,
    storage: extra.storage,
    hiddenIgnored: extra.hiddenIgnored,
  };
}
