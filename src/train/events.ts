/**
 * The events a TrainingSession emits. Structurally the protocol's `TrainEvent` (src/protocol/trainSchemas.ts;
 * src/train may not import src/protocol, so the shapes are written out here and a test checks that every
 * event parses with the protocol's schema).
 */
import type { BackendName } from './backends/selectBackend';
import type { CodedText } from '../messages/index';
import type { Evaluation } from './evaluate';

/** Before `started`: choosing the backend, loading and decoding the data, building the model. */
export interface PreparingEvent {
  readonly type: 'preparing';
  readonly sessionId: string;
  readonly stage: 'backend' | 'data' | 'compile';
  /** Progress within the stage when the loader knows it (images decoded so far / total). */
  readonly done?: number;
  readonly total?: number;
  readonly message?: string;
  /** The message as a code with parameters (a UI renders it in its language). */
  readonly messageCode?: CodedText;
  /** On the last `preparing` event: milliseconds from the start of the run to the first training batch being ready. */
  readonly firstBatchMs?: number;
}

export interface StartedEvent {
  readonly type: 'started';
  readonly sessionId: string;
  readonly backend: BackendName;
  readonly backendReason: string;
  /** The GPU adapter or device it runs on, when the backend can tell (webgpu: vendor, architecture, name). */
  readonly device?: string;
  readonly passedOver: readonly { readonly backend: BackendName; readonly reason: string }[];
  readonly params: number;
  readonly dataset: {
    readonly train: number;
    readonly validation: number;
    readonly test: number;
    readonly classes: readonly string[];
    readonly skipped: number;
  };
  readonly epochs: number;
  readonly batchSize: number;
  /** A resumed run: the epoch whose checkpoint it continues from (its epochs come before, as epoch events). */
  readonly resumedFrom?: number;
}

export interface BatchEvent {
  readonly type: 'batch';
  readonly sessionId: string;
  /** 1-based. */
  readonly epoch: number;
  /** 1-based. */
  readonly batch: number;
  readonly batchesPerEpoch: number;
  readonly loss: number;
  readonly accuracy: number | null;
  /** Over this epoch so far. */
  readonly imagesPerSec: number;
}

export interface EpochEvent {
  readonly type: 'epoch';
  readonly sessionId: string;
  readonly epoch: number;
  readonly epochs: number;
  readonly loss: number;
  readonly accuracy: number | null;
  readonly valLoss: number | null;
  readonly valAccuracy: number | null;
  readonly learningRate?: number;
  readonly durationMs: number;
  /** The lowest validation loss so far (with early stopping, these are the weights the run keeps). */
  readonly best?: boolean;
}

/** One channel as a small 8-bit grayscale image: base64 of width×height bytes, row-major; min/max before scaling. */
export interface FeatureChannel {
  readonly width: number;
  readonly height: number;
  readonly min: number;
  readonly max: number;
  readonly data: string;
}

export interface FeatureMapsEvent {
  readonly type: 'featureMaps';
  readonly sessionId: string;
  readonly epoch: number;
  readonly batch: number;
  readonly sample: { readonly label: string | null; readonly image?: FeatureChannel };
  readonly blocks: readonly {
    readonly blockId: string;
    readonly kind: string;
    readonly shape: readonly number[];
    readonly channels: readonly FeatureChannel[];
  }[];
  /** The first Conv2D's kernels, one image per (output channel, averaged over input channels). */
  readonly kernels?: { readonly blockId: string; readonly channels: readonly FeatureChannel[] };
}

export interface DoneEvent {
  readonly type: 'done';
  readonly sessionId: string;
  readonly runDir: string;
  readonly epochs: number;
  readonly stoppedEarly: boolean;
  /** The epoch with the lowest validation loss (null without a validation split). */
  readonly bestEpoch?: number | null;
  /** The epoch whose weights the saved model holds: the best with early stopping, else the last. */
  readonly weightsFromEpoch?: number;
  readonly testAccuracy: number | null;
  readonly testLoss: number | null;
  readonly imagesPerSec: number;
  readonly durationMs: number;
  /** The backend that trained. */
  readonly backend: BackendName;
  /** Class names, in label order. */
  readonly classes: readonly string[];
  /** Images used over all splits. */
  readonly images: number;
  /** Every file not used, and why. */
  readonly skipped: readonly { readonly path: string; readonly reason: string }[];
  /** The test split's evaluation (as in evaluation.json). */
  readonly evaluation: Evaluation;
}

export interface ErrorEvent {
  readonly type: 'error';
  readonly sessionId: string;
  readonly message: string;
  /** What to try, in the command line's words. */
  readonly hint?: string;
  /** Where it happened: 'backend' | 'data' | 'compile' | 'train' | 'evaluate' | 'save'. */
  readonly where?: string;
  /** `message` and `hint` as codes with parameters, when the engine has them (a UI renders them in its language). */
  readonly messageCode?: CodedText;
  readonly hintCode?: CodedText;
  /** The run folder that keeps the last good checkpoint (a failure after an epoch finished), and that epoch. */
  readonly runDir?: string;
  readonly epoch?: number;
  /** The GPU ran out of memory: a batch size that needs about half as much (the UI offers to retry with it). */
  readonly suggestedBatchSize?: number;
}

export interface CancelledEvent {
  readonly type: 'cancelled';
  readonly sessionId: string;
  /** Epochs completed. */
  readonly epoch: number;
  /** The run folder holding the last checkpoint, or null when no epoch finished. */
  readonly runDir: string | null;
}

/** A pause asked for has begun (after the batch that was running), or the run goes on after it. */
export interface StateEvent {
  readonly type: 'state';
  readonly sessionId: string;
  readonly state: 'paused' | 'running';
}

export type SessionEvent = PreparingEvent | StartedEvent | BatchEvent | EpochEvent | StateEvent | FeatureMapsEvent | DoneEvent | ErrorEvent | CancelledEvent;
export type SessionEventListener = (event: SessionEvent) => void;
