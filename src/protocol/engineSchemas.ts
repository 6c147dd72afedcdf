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

export const autosaveSchema = z.object({
  project: projectSchema,
  /** The file the document belongs to, or null for an unsaved document. */
  path: z.string().nullable(),
  savedAt: z.string(),
});

export const datasetSpecSchema = z.object({
  /** "mnist", "synthetic", or a folder path. */
  source: z.string().min(1).max(4096),
  input: z.tuple([z.number().int().positive(), z.number().int().positive(), z.number().int().min(1).max(4)]).optional(),
  limit: z.number().int().positive().optional(),
}).strict();

export const skippedFileSchema = z.object({ path: z.string(), reason: z.string() });

export const datasetInfoSchema = z.object({
  kind: z.enum(['mnist', 'synthetic', 'folder']),
  layout: z.enum(['classes', 'splits', 'builtin']),
  classes: z.array(z.object({ name: z.string(), count: z.number().int().nonnegative() })),
  total: z.number().int().nonnegative(),
  /** Largest class count over smallest (1 = balanced). */
  imbalance: z.number().nonnegative(),
  skipped: z.array(skippedFileSchema),
});

export const runSummarySchema = z.object({
  dir: z.string(),
  name: z.string(),
  createdAt: z.string(),
  projectName: z.string(),
  epochs: z.number().int().nonnegative(),
  testAccuracy: z.number().nullable(),
  backend: z.string().optional(),
});

export const historyEntrySchema = z.object({
  epoch: z.number().int().positive(),
  loss: z.number(),
  accuracy: z.number().nullable(),
  valLoss: z.number().nullable(),
  valAccuracy: z.number().nullable(),
});

export const evaluationSchema = z.object({
  accuracy: z.number(),
  loss: z.number(),
  perClass: z.array(z.object({ label: z.string(), precision: z.number(), recall: z.number(), support: z.number().int() })),
  /** confusion[actual][predicted]. */
  confusion: z.array(z.array(z.number().int().nonnegative())),
  mistakes: z.array(z.object({ path: z.string().optional(), actual: z.string(), predicted: z.string(), confidence: z.number() })),
});

export const runDetailSchema = z.object({
  dir: z.string(),
  project: projectSchema,
  history: z.array(historyEntrySchema),
  labels: z.array(z.string()),
  evaluation: evaluationSchema.nullable(),
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

export const MENU_COMMANDS = ['new', 'open', 'openRecent', 'save', 'saveAs', 'undo', 'redo', 'selectAll', 'delete'] as const;
export const menuCommandSchema = z.object({
  command: z.enum(MENU_COMMANDS),
  /** For openRecent: the file chosen. */
  path: z.string().optional(),
});
export type MenuCommand = z.infer<typeof menuCommandSchema>;
