/** Payloads of the non-training methods: files, dialogs, autosave, datasets, runs, prediction. */
import { z } from 'zod';
import { projectSchema } from '../graph/projectFile';

export const empty = z.object({}).strict();
const path = z.string().min(1).max(4096);

export const recentFileSchema = z.object({ path: z.string(), name: z.string(), openedAt: z.string() });
export type RecentFile = z.infer<typeof recentFileSchema>;

export const fileFilterSchema = z.object({ name: z.string(), extensions: z.array(z.string().regex(/^[\w*.-]+$/)) }).strict();
export const dialogOpenParams = z.object({
  title: z.string().max(200).optional(),
  defaultPath: path.optional(),
  /** `project` (default) filters *.layerloom.json; `folder` picks a directory (image dataset, run). */
  kind: z.enum(['project', 'folder', 'images']).default('project'),
}).strict();
export const dialogSaveParams = z.object({
  title: z.string().max(200).optional(),
  defaultPath: path.optional(),
}).strict();
export const dialogResult = z.object({ path: z.string().nullable() });

/** The editor window an autosave belongs to (a random id the window keeps for its life). */
export const autosaveOwnerSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

export const autosaveSchema = z.object({
  project: projectSchema,
  /** The file the document belongs to, or null for an unsaved document. */
  path: z.string().nullable(),
  savedAt: z.string(),
  /** The window that wrote it; absent for an autosave from before windows had their own. */
  owner: autosaveOwnerSchema.optional(),
  /** That window is connected to the engine now (its work is not to be offered for recovery elsewhere). */
  open: z.boolean().optional(),
});

export const datasetSpecSchema = z.object({
  /** "mnist", "synthetic", or a folder path. */
  source: z.string().min(1).max(4096),
  input: z.tuple([z.number().int().positive(), z.number().int().positive(), z.number().int().min(1).max(4)]).optional(),
  limit: z.number().int().positive().optional(),
  resize: z.enum(['stretch', 'crop', 'letterbox']).optional(),
  /** Sample images per class in the answer (0 = none). */
  samplesPerClass: z.number().int().min(0).max(32).default(8),
}).strict();

/** A small image for display: a data: URL (PNG) the renderer shows with <img>. */
export const imageUrlSchema = z.string().regex(/^data:image\/png;base64,/).max(5_000_000);

const noticeParams = z.record(z.string(), z.union([z.string(), z.number()]));

/** A file not used: the English reason, and a stable code with parameters for the UI to word in its language. */
export const skippedFileSchema = z.object({ path: z.string(), reason: z.string(), code: z.string().optional(), params: noticeParams.optional() });

/** A note about the data (colour or detail thrown away, imbalance …): a stable code, parameters and the English line. */
export const datasetNoticeSchema = z.object({
  code: z.string(),
  severity: z.enum(['warning', 'info']),
  message: z.string(),
  params: noticeParams,
});

const shape3 = z.tuple([z.number().int(), z.number().int(), z.number().int()]);

export const datasetInfoSchema = z.object({
  kind: z.enum(['mnist', 'synthetic', 'folder']),
  layout: z.enum(['classes', 'splits', 'builtin']),
  /** Display name (folder name, "MNIST" …). */
  name: z.string(),
  classes: z.array(z.object({ name: z.string(), count: z.number().int().nonnegative() })),
  total: z.number().int().nonnegative(),
  /** Largest class count over smallest (1 = balanced). */
  imbalance: z.number().nonnegative(),
  skipped: z.array(skippedFileSchema),
  /** The [h, w, c] images are fitted to, and how (stretch, crop, letterbox). */
  input: z.tuple([z.number().int(), z.number().int(), z.number().int()]),
  resize: z.string(),
  /** The size every image has (e.g. 28×28×1 for MNIST), when they all have one. */
  nativeInput: shape3.nullable(),
  /** The Input that fits the images: their median size (at most 128 on the longer side), 3 channels if any has colour. */
  suggestedInput: shape3.nullable(),
  /** What the images are like, from their headers (null for synthetic shapes). */
  images: z.object({
    measured: z.number().int().nonnegative(),
    /** Files not read for the preview (a big folder is sampled). */
    unchecked: z.number().int().nonnegative(),
    /** Distinct sizes, most common first (a few). */
    sizes: z.array(z.object({ width: z.number().int(), height: z.number().int(), count: z.number().int() })),
    distinctSizes: z.number().int().nonnegative(),
    median: z.object({ width: z.number().int(), height: z.number().int() }).nullable(),
    colour: z.boolean(),
  }).nullable(),
  /** Train/validation/test sizes after the seeded stratified split. */
  splits: z.object({ train: z.number().int(), validation: z.number().int(), test: z.number().int() }),
  /** A few images per class, as they will be fed to the model (resized). */
  samples: z.array(z.object({ className: z.string(), images: z.array(imageUrlSchema) })),
  /** The notices' English lines. */
  warnings: z.array(z.string()),
  notices: z.array(datasetNoticeSchema),
});

export const runSummarySchema = z.object({
  dir: z.string(),
  name: z.string(),
  createdAt: z.string(),
  projectName: z.string(),
  /** complete, cancelled (last checkpoint kept) or training (still running, or the process died). */
  status: z.string().optional(),
  epochs: z.number().int().nonnegative(),
  testAccuracy: z.number().nullable(),
  backend: z.string().optional(),
  /** Settings it trained with, for the runs table: optimizer, learningRate, batchSize, epochs, data … */
  settings: z.record(z.string(), z.unknown()).optional(),
  params: z.number().int().nonnegative().optional(),
  imagesPerSec: z.number().nonnegative().optional(),
  /** Last epoch's validation accuracy/loss. */
  valAccuracy: z.number().nullable().optional(),
  valLoss: z.number().nullable().optional(),
});

export const historyEntrySchema = z.object({
  epoch: z.number().int().positive(),
  loss: z.number(),
  accuracy: z.number().nullable(),
  valLoss: z.number().nullable(),
  valAccuracy: z.number().nullable(),
  best: z.boolean().optional(),
});

/** evaluation.json of a run, exactly as src/train/evaluate.ts writes it. */
export const evaluationSchema = z.object({
  split: z.string(),
  images: z.number().int().nonnegative(),
  accuracy: z.number(),
  loss: z.number(),
  classes: z.array(z.string()),
  perClass: z.array(z.object({
    className: z.string(), precision: z.number(), recall: z.number(), f1: z.number(), support: z.number().int(),
  })),
  macro: z.object({ precision: z.number(), recall: z.number(), f1: z.number() }),
  /** confusion[actual][predicted]. */
  confusion: z.array(z.array(z.number().int().nonnegative())),
  /** Most confident first; index is within the split. */
  mistakes: z.array(z.object({
    index: z.number().int().nonnegative(), path: z.string().optional(), trueClass: z.string(), predictedClass: z.string(), confidence: z.number(),
  })),
  /** Per test image: [actual, predicted] class indices, so the UI can show the images of a confusion cell. */
  predictions: z.array(z.tuple([z.number().int(), z.number().int()])).optional(),
});
export type EvaluationPayload = z.infer<typeof evaluationSchema>;


/** Images of one split of a run's (or a dataset's) data, by index within the split. */
export const splitImageSchema = z.object({
  index: z.number().int().nonnegative(),
  label: z.string(),
  path: z.string().optional(),
  url: imageUrlSchema,
});

export const runDetailSchema = z.object({
  dir: z.string(),
  summary: runSummarySchema,
  project: projectSchema,
  history: z.array(historyEntrySchema),
  labels: z.array(z.string()),
  evaluation: evaluationSchema.nullable(),
  /** meta.json as written (input, resize, normalization, backend …). */
  meta: z.record(z.string(), z.unknown()),
});

export const predictImageSchema = z.union([
  z.object({ path }).strict(),
  /** Bytes from a browser file input: a data: URL of a png/jpeg/webp/gif image. */
  z.object({ name: z.string().max(500), dataUrl: z.string().regex(/^data:image\/[a-z+.-]+;base64,/).max(50_000_000) }).strict(),
]);

export const predictionSchema = z.object({
  image: z.string(),
  top: z.array(z.object({ label: z.string(), probability: z.number().min(0).max(1) })),
  error: z.string().optional(),
});

export const MENU_COMMANDS = ['new', 'open', 'openRecent', 'save', 'saveAs', 'undo', 'redo', 'selectAll', 'delete', 'exportPytorch', 'exportKeras', 'train'] as const;
export const menuCommandSchema = z.object({
  command: z.enum(MENU_COMMANDS),
  /** For openRecent: the file chosen. */
  path: z.string().optional(),
});
export type MenuCommand = z.infer<typeof menuCommandSchema>;
