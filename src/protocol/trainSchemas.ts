/**
 * Training's side of the protocol (issue 3, item 2): what `train.start` takes and the events a session
 * streams back. The training engine (src/train) produces exactly these; the UI consumes them.
 */
import { z } from 'zod';
import { BACKEND_NAMES, projectSchema } from '../graph/projectFile';
import { evaluationSchema, skippedFileSchema } from './engineSchemas';
import { codedTextSchema } from './messages';

export const BACKENDS = BACKEND_NAMES;
export const backendSchema = z.enum(BACKENDS);

export const trainConfigSchema = z.object({
  /** The graph and its training settings (optimizer, learning rate, schedule, batch, epochs, data, backend …). */
  project: projectSchema,
  /** Where the run folder is written; the engine's default runs folder when absent. */
  outDir: z.string().min(1).optional(),
  /** Feature maps for one sample image, sent at most every `everyMs` milliseconds. */
  featureMaps: z.object({
    enabled: z.boolean().default(true),
    sampleIndex: z.number().int().nonnegative().default(0),
    everyMs: z.number().int().min(100).default(1000),
  }).strict().optional(),
}).strict();
export type TrainConfig = z.infer<typeof trainConfigSchema>;

export const sessionIdSchema = z.string().min(1).max(100);
export const sessionRefSchema = z.object({ sessionId: sessionIdSchema }).strict();

const nullableNumber = z.number().nullable();

export const trainStartedSchema = z.object({
  type: z.literal('started'),
  sessionId: sessionIdSchema,
  backend: backendSchema,
  /** Why this backend was taken, e.g. "tfjs-node loaded (native CPU, AVX2)". */
  backendReason: z.string(),
  /** The GPU adapter or device it runs on, when the backend can tell (webgpu: vendor, architecture, name). */
  device: z.string().optional(),
  /** The backends tried before it and why each was passed over. */
  passedOver: z.array(z.object({ backend: backendSchema, reason: z.string() })),
  params: z.number().int().nonnegative(),
  dataset: z.object({
    train: z.number().int().nonnegative(),
    validation: z.number().int().nonnegative(),
    test: z.number().int().nonnegative(),
    classes: z.array(z.string()),
    skipped: z.number().int().nonnegative(),
  }),
  epochs: z.number().int().positive(),
  batchSize: z.number().int().positive(),
  /** A resumed run: the epoch whose checkpoint it continues from (the epochs before come as epoch events). */
  resumedFrom: z.number().int().positive().optional(),
});

export const trainBatchSchema = z.object({
  type: z.literal('batch'),
  sessionId: sessionIdSchema,
  /** 1-based. */
  epoch: z.number().int().positive(),
  batch: z.number().int().positive(),
  batchesPerEpoch: z.number().int().positive(),
  loss: z.number(),
  accuracy: nullableNumber,
  imagesPerSec: z.number().nonnegative(),
});

export const trainEpochSchema = z.object({
  type: z.literal('epoch'),
  sessionId: sessionIdSchema,
  epoch: z.number().int().positive(),
  epochs: z.number().int().positive(),
  loss: z.number(),
  accuracy: nullableNumber,
  valLoss: nullableNumber,
  valAccuracy: nullableNumber,
  learningRate: z.number().optional(),
  durationMs: z.number().nonnegative(),
  /** The lowest validation loss so far (with early stopping, the weights the run keeps). */
  best: z.boolean().optional(),
});

/** One channel of a block's output as a small grayscale image: base64 of width×height bytes, row-major. */
export const featureChannelSchema = z.object({
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  min: z.number(),
  max: z.number(),
  data: z.string(),
});

export const trainFeatureMapsSchema = z.object({
  type: z.literal('featureMaps'),
  sessionId: sessionIdSchema,
  epoch: z.number().int().nonnegative(),
  batch: z.number().int().nonnegative(),
  sample: z.object({ label: z.string().nullable(), image: featureChannelSchema.optional() }),
  blocks: z.array(z.object({
    blockId: z.string(),
    kind: z.string(),
    shape: z.array(z.number().int()),
    channels: z.array(featureChannelSchema),
  })),
  /** The first Conv2D's learned kernels, one image per output channel (averaged over input channels). */
  kernels: z.object({ blockId: z.string(), channels: z.array(featureChannelSchema) }).optional(),
});

/** Before the first batch: opening the data (a folder's headers), building the model, decoding the first images (can take a while on big folders). */
export const trainPreparingSchema = z.object({
  type: z.literal('preparing'),
  sessionId: sessionIdSchema,
  stage: z.enum(['backend', 'data', 'compile']),
  /** Progress within the stage when known (files found or checked so far / total). */
  done: z.number().int().nonnegative().optional(),
  total: z.number().int().nonnegative().optional(),
  message: z.string().optional(),
  messageCode: codedTextSchema.optional(),
  /** On the last `preparing` event: milliseconds from the start of the run to the first training batch being ready. */
  firstBatchMs: z.number().nonnegative().optional(),
});

export const trainDoneSchema = z.object({
  type: z.literal('done'),
  sessionId: sessionIdSchema,
  runDir: z.string(),
  epochs: z.number().int().nonnegative(),
  stoppedEarly: z.boolean(),
  /** The epoch with the lowest validation loss (null without a validation split). */
  bestEpoch: z.number().int().positive().nullable().optional(),
  /** The epoch whose weights the saved model holds: the best with early stopping, else the last. */
  weightsFromEpoch: z.number().int().nonnegative().optional(),
  testAccuracy: nullableNumber,
  testLoss: nullableNumber,
  imagesPerSec: z.number().nonnegative(),
  durationMs: z.number().nonnegative(),
  backend: backendSchema,
  /** Class names in label order. */
  classes: z.array(z.string()),
  /** Images used over all splits. */
  images: z.number().int().nonnegative(),
  /** Every file not used, and why. */
  skipped: z.array(skippedFileSchema),
  evaluation: evaluationSchema.nullable(),
});

export const trainErrorSchema = z.object({
  type: z.literal('error'),
  sessionId: sessionIdSchema,
  message: z.string(),
  /** What to try, e.g. "lower the learning rate" after a NaN loss (the command line's words). */
  hint: z.string().optional(),
  /** Where it happened: backend, data, compile, train, evaluate, save. */
  where: z.string().optional(),
  /** `message` and `hint` as codes with parameters (src/messages): a UI renders them in the user's language. */
  messageCode: codedTextSchema.optional(),
  hintCode: codedTextSchema.optional(),
  /** The run folder keeping the last good checkpoint when the failure came after an epoch finished, and that epoch. */
  runDir: z.string().optional(),
  epoch: z.number().int().nonnegative().optional(),
  /** The GPU ran out of memory: a batch size that needs about half as much (the UI offers to retry with it). */
  suggestedBatchSize: z.number().int().positive().optional(),
});

export const trainCancelledSchema = z.object({
  type: z.literal('cancelled'),
  sessionId: sessionIdSchema,
  epoch: z.number().int().nonnegative(),
  /** The last checkpoint's run folder, if one was written. */
  runDir: z.string().nullable(),
});

/** A requested pause has begun (the batch that was running has finished), or training goes on after it. */
export const trainStateSchema = z.object({
  type: z.literal('state'),
  sessionId: sessionIdSchema,
  state: z.enum(['paused', 'running']),
});

export const trainEventSchema = z.discriminatedUnion('type', [
  trainPreparingSchema, trainStartedSchema, trainBatchSchema, trainEpochSchema, trainStateSchema, trainFeatureMapsSchema,
  trainDoneSchema, trainErrorSchema, trainCancelledSchema,
]);
export type TrainEvent = z.infer<typeof trainEventSchema>;
export type TrainEventType = TrainEvent['type'];
