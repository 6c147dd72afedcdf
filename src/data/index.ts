/**
 * src/data — datasets for LayerLoom: built-in MNIST, local image folders and synthetic shapes.
 * Plain typed arrays in and out (no tfjs): images are Float32Array in HWC order with values in
 * [0, 1]; labels are Int32Array. Node only (sharp and the file system), used by src/train.
 *
 * ## Opening a dataset
 * ```ts
 * const ds = await openDataset({
 *   source: 'mnist' | 'synthetic' | { synthetic: { classes: 4 } } | { folder: '/photos' },
 *   input: [28, 28, 1],          // the model input [h, w, c]; c is 1 (luminance) or 3 (RGB)
 *   resize: 'stretch',           // | 'crop' (centre) | 'letterbox' (black bars)
 *   limit: 2000,                 // optional stratified subset, taken before splitting
 *   seed: 1,                     // subset, splits, synthetic images (default 1: MNIST's fixed split)
 *   split: { val: 0.1, test: 0.1 },
 *   onProgress: ({ phase, done, total }) => …,   // 'scan' then 'check' (folders: headers only)
 *   signal,                      // AbortSignal: cancel opening a big folder
 * });
 * ds.resize;                     // the mode used: save it with a run, pass it to decodeImageFile
 * ds.classes;                    // ['0', …, '9'] | shape names | folder names exactly as written
 * ds.report;                     // classCounts per split, imbalance, warnings, images, storage
 * ds.skipped;                    // [{ path, reason }] every file not used, and why
 * for await (const { x, y, n } of ds.splits.train.batches(32, { shuffle: true, seed: epoch, augment: { flip: true, cropPadding: 2 } })) …
 * await ds.splits.test.get(0);   // one image; describe(i) → { label, className, path? }
 * await decodeImageFile('x.jpg', ds.input, ds.resize);   // `layerloom predict`: same pixels as training
 * await sampleImages(ds, 4);     // the UI's sample grid: up to 4 per class
 * dataSourceFromArgument(argv.data);   // --data mnist | synthetic | PATH
 * ```
 *
 * ## Rules, decided once
 * - Splits are stratified by class and seeded; MNIST's split is fixed by the default seed. A folder
 *   with top-level `train/`, `val/` (or `valid/`, `validation/`), `test/` folders uses them as given;
 *   a missing val or test is carved out of train, stratified.
 * - Folder classes: the top-level sub-folders (of `train/` in the split layout); files at any depth
 *   below a class folder belong to it. Names are compared in NFC form, kept as written, ordered by
 *   code point of the NFC form. Extensions: jpg jpeg png webp gif tiff tif, any letter case.
 * - Bad files never stop anything: not-an-image extensions, empty, truncated, corrupt, unreadable
 *   files, and files outside a class folder, go to `skipped` with a reason (and a stable `code`).
 * - Only regular files are read (FIFOs, devices, sockets are skipped without being opened); symbolic
 *   links are followed only within their class folder (a file link may also lead outside the data
 *   folder), never in a loop; a file reached twice is used once (folderScan.ts).
 * - Files are handed to libvips by path (never read whole into memory) and decoded at full size, then
 *   fitted by LayerLoom's own resize (decode.ts: the exported Python's pixels exactly); images over
 *   MAX_INPUT_PIXELS are refused. Hidden and system files
 *   (dot-names such as .DS_Store and ._x, Thumbs.db, desktop.ini, __MACOSX, dot-folders) are ignored
 *   silently and only counted in `report.hiddenIgnored`.
 * - Colour: alpha is flattened onto white; letterbox bars and crop-augmentation padding are black;
 *   1 channel = Rec. 601 luma of the sRGB values; 16-bit, palette, grey and CMYK become 8-bit sRGB
 *   first. EXIF orientation is applied; animations use their first frame.
 * - Memory: opening a folder reads only the files' headers; images are decoded as batches first need
 *   them, `concurrency` decodes at a time, `prefetchBatches` batches ahead of the training loop. If
 *   every decoded image fits in `memoryBudgetBytes` (default 512 MiB) each is decoded once and kept
 *   (later epochs and evaluation read memory); otherwise every batch decodes its files from disk. A
 *   file whose pixel data turns out damaged is left out of its batch (n shrinks) and appended to
 *   `skipped`, once.
 * - Augmentation is for the train split only (asking for it on val/test is an error); it is
 *   deterministic for a given batches() seed.
 * - Errors: DatasetError (one line naming the folder and the fix) for what the user must change
 *   on disk; RangeError (naming the option and value) for bad options.
 */
export { openDataset, DEFAULT_SEED, DEFAULT_SPLIT, DEFAULT_MEMORY_BUDGET_BYTES, DEFAULT_CONCURRENCY } from './openDataset.ts';
export { decodeImageFile, IMAGE_EXTENSIONS, ALPHA_BACKGROUND, LETTERBOX_BACKGROUND } from './decode.ts';
export { sampleImages } from './samples.ts';
export { dataSourceFromArgument } from './dataSourceArg.ts';
export type { SampleImage } from './samples.ts';
export { DatasetError } from './datasetError.ts';
export { augmentImage, flipHorizontal, cropWithPadding, adjustBrightnessContrast } from './augment.ts';
export { stratifiedSplit, stratifiedSubset, countClasses, imbalanceRatio } from './split.ts';
export type { SplitIndices, SplitFractions } from './split.ts';
export { planResize, resample, convertChannels, LUMA } from './resize.ts';
export { fitImage, fitDecoded, decodedSource, floatSource } from './pixelSource.ts';
export { drawShape, syntheticImage, SHAPE_NAMES } from './synthetic.ts';
export { MNIST_CLASSES, MNIST_SHAPE, MNIST_SPLIT } from './mnist.ts';
export { createRng, deriveSeed } from './rng.ts';
export type { Rng } from './rng.ts';
export { IMBALANCE_WARNING_RATIO, imagesInUse } from './report.ts';
export type * from './types.ts';
