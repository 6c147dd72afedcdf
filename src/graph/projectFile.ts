/**
 * The `*.layerloom.json` project file: `{ format, version, graph, training, meta }`, validated on load
 * with errors that name the field. Structure is checked here; whether a block's settings make sense is
 * analyze's job, so a file with a bad setting still opens and shows the problem on the block.
 */
import { z } from 'zod';
import { checkJsonDepth } from './jsonDepth';
import { NODE_ID_PATTERN, type Graph } from './types';

export const PROJECT_FORMAT = 'layerloom/project';
export const PROJECT_VERSION = 1;

/**
 * The compute backends a project can ask for, in `auto`'s order of preference (src/train/backends loads
 * them): CUDA, then any GPU through WebGPU, then native CPU, WebAssembly, pure JavaScript.
 */
export const BACKEND_NAMES = ['tensorflow-gpu', 'webgpu', 'tensorflow', 'wasm', 'cpu'] as const;
export type BackendName = (typeof BACKEND_NAMES)[number];
export const BACKEND_REQUESTS = ['auto', ...BACKEND_NAMES] as const;
export type BackendRequest = (typeof BACKEND_REQUESTS)[number];

const finite = z.number().refine(Number.isFinite, 'must be a finite number');

export const nodeSchema = z.object({
  id: z.string().regex(NODE_ID_PATTERN, 'must start with a letter or _ and contain only letters, digits and _'),
  kind: z.string().min(1, 'must name a block kind'),
  params: z.record(z.string(), z.union([finite, z.string(), z.boolean()])),
  position: z.object({ x: finite, y: finite }),
  label: z.string().max(200).optional(),
}).strict();

export const edgeSchema = z.object({
  id: z.string().min(1),
  source: z.string().min(1),
  target: z.string().min(1),
}).strict();

export const graphSchema = z.object({
  nodes: z.array(nodeSchema),
  edges: z.array(edgeSchema),
}).strict();

/**
 * Training defaults: Adam at 3e-3 annealed to ~0 by a per-batch cosine, batches of 16. Measured on the
 * wasm backend, 2 epochs, seeds 1–5 (test/acceptance/mnist.ts): LeNet-5 on MNIST reaches 0.956–0.969
 * test accuracy (mean 0.962), where Keras's usual Adam 1e-3 / batch 32 / constant gives 0.937–0.943;
 * ResNet-20 learns faster too. A short run needs the higher peak; the annealing keeps it stable.
 */
export const trainingSchema = z.object({
  optimizer: z.enum(['sgd', 'adam', 'rmsprop']).default('adam'),
  learningRate: z.number().positive().max(10).default(0.003),
  momentum: z.number().min(0).max(0.9999).default(0.9),
  schedule: z.enum(['constant', 'step', 'cosine']).default('cosine'),
  batchSize: z.number().int().min(1).max(4096).default(16),
  epochs: z.number().int().min(1).max(10000).default(5),
  earlyStoppingPatience: z.number().int().min(0).max(1000).default(0),
  augment: z.object({
    flip: z.boolean().default(false),
    crop: z.boolean().default(false),
    brightness: z.boolean().default(false),
  }).default({ flip: false, crop: false, brightness: false }),
  backend: z.enum(BACKEND_REQUESTS).default('auto'),
  data: z.string().default('mnist'),
  resize: z.enum(['stretch', 'crop', 'letterbox']).default('stretch'),
  limit: z.number().int().positive().optional(),
}).strict();

/** The name of a document nobody has named (the UI shows it in the user's language). */
export const DEFAULT_PROJECT_NAME = 'Untitled';

export const metaSchema = z.object({
  name: z.string().default(DEFAULT_PROJECT_NAME),
  description: z.string().default(''),
  created: z.string().optional(),
  modified: z.string().optional(),
  app: z.string().optional(),
}).passthrough();

export const projectSchema = z.object({
  format: z.literal(PROJECT_FORMAT),
  version: z.literal(PROJECT_VERSION),
  graph: graphSchema,
  training: trainingSchema.default(trainingSchema.parse({})),
  meta: metaSchema.default(metaSchema.parse({})),
}).strict();

export type TrainingSettings = z.infer<typeof trainingSchema>;
export type Project = z.infer<typeof projectSchema>;

export class ProjectFileError extends Error {
  /** `notProject`: the file is not a LayerLoom project at all (not JSON, not an object, another format), as opposed to one with a bad field. */
  constructor(message: string, readonly field?: string, readonly notProject = false) {
    super(message);
    this.name = 'ProjectFileError';
  }
}

/** "graph.nodes[3].params.filters" from a zod path. */
export function fieldName(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)), '') || '(the whole file)';
}

/** Older versions are upgraded step by step: MIGRATIONS[v] turns version v into v + 1. */
const MIGRATIONS: Readonly<Record<number, (doc: Record<string, unknown>) => Record<string, unknown>>> = {};

function migrate(doc: Record<string, unknown>): Record<string, unknown> {
  let version = doc.version;
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    throw new ProjectFileError(`version: must be a whole number, got ${JSON.stringify(version)}`, 'version');
  }
  if (version > PROJECT_VERSION) {
    throw new ProjectFileError(`version: this file was written by a newer LayerLoom (format version ${version}; this one reads up to ${PROJECT_VERSION}). Update LayerLoom to open it.`, 'version');
  }
  let out = doc;
  while (version < PROJECT_VERSION) {
    const step = MIGRATIONS[version];
    if (!step) throw new ProjectFileError(`version: format version ${version} is not supported`, 'version');
    out = step(out);
    version += 1;
  }
  return out;
}

/** Parses and validates a project from JSON text or an already-parsed value. */
export function parseProject(input: string | unknown): Project {
  let raw: unknown = input;
  if (typeof input === 'string') {
    // Before parsing: a file nested thousands of levels deep overflows the stack wherever it is walked.
    checkJsonDepth(input, (message) => new ProjectFileError(message));
    try {
      raw = JSON.parse(input);
    } catch (err) {
      throw new ProjectFileError(`not valid JSON: ${(err as Error).message}`, undefined, true);
    }
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new ProjectFileError('a project file must be a JSON object', undefined, true);
  const doc = raw as Record<string, unknown>;
  if (doc.format !== PROJECT_FORMAT) {
    throw new ProjectFileError(`format: expected "${PROJECT_FORMAT}", got ${JSON.stringify(doc.format)} — is this a LayerLoom project?`, 'format', true);
  }
  const result = projectSchema.safeParse(migrate(doc));
  if (!result.success) {
    const issue = result.error.issues[0];
    const field = fieldName(issue.path);
    throw new ProjectFileError(`${field}: ${issue.message}`, field);
  }
  checkReferences(result.data.graph);
  return result.data;
}

function checkReferences(graph: Graph): void {
  const ids = new Set<string>();
  graph.nodes.forEach((n, i) => {
    if (ids.has(n.id)) throw new ProjectFileError(`graph.nodes[${i}].id: "${n.id}" is used by another block; ids must be unique`, `graph.nodes[${i}].id`);
    ids.add(n.id);
  });
  const edgeIds = new Set<string>();
  graph.edges.forEach((e, i) => {
    if (edgeIds.has(e.id)) throw new ProjectFileError(`graph.edges[${i}].id: "${e.id}" is used by another connection`, `graph.edges[${i}].id`);
    edgeIds.add(e.id);
    for (const end of ['source', 'target'] as const) {
      if (!ids.has(e[end])) throw new ProjectFileError(`graph.edges[${i}].${end}: no block has the id "${e[end]}"`, `graph.edges[${i}].${end}`);
    }
  });
}

export function newProject(graph: Graph, meta: Partial<Project['meta']> = {}): Project {
  const now = new Date().toISOString();
  return projectSchema.parse({
    format: PROJECT_FORMAT, version: PROJECT_VERSION, graph,
    meta: { name: DEFAULT_PROJECT_NAME, description: '', created: now, modified: now, ...meta },
  });
}

/** Stable, readable JSON (two-space indent, trailing newline). */
export function serializeProject(project: Project): string {
  return `${JSON.stringify(project, null, 2)}\n`;
}
