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
    notices.push(notice('data.notice.imbalance', 'warning', {
      ratio: imbalance.toFixed(1), large: classes[max], largeCount: train[max], small: classes[min], smallCount: train[min],
    }));
  }
  const few = classes.filter((_, c) => train[c] < FEW_IMAGES_WARNING);
  if (few.length > 0) notices.push(notice('data.notice.fewImages', 'warning', { classes: quoted(few), min: FEW_IMAGES_WARNING }));
  if (splits.val.length === 0) notices.push(notice('data.notice.noValidation', 'warning'));
  if (splits.test.length === 0) notices.push(notice('data.notice.noTest', 'warning'));
  const missingTest = classes.filter((_, c) => test[c] === 0);
  if (splits.test.length > 0 && missingTest.length > 0) notices.push(notice('data.notice.classWithoutTest', 'warning', { classes: quoted(missingTest) }));
  if (skipped.length > 0) notices.push(notice('data.notice.skipped', 'warning', { n: skipped.length }));
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

/**
 * Images the run could use: the report's count (made when the dataset opened) less the files found damaged
 * later, while training (each reported once, with `whileTraining` in its params).
 */
export function imagesInUse(dataset: { readonly report: DatasetReport; readonly skipped: readonly SkippedFile[] }): number {
  return dataset.report.images - dataset.skipped.filter((s) => s.params?.whileTraining).length;
}
