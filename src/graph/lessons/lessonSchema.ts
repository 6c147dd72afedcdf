/**
 * The lesson file (`lessons/*.json`): `{ format: "layerloom/lesson", version, id, order, title, concept,
 * network, focus, task, check, done, solution }`. A teacher writes one JSON file per lesson; this schema
 * checks its structure with errors that name the field. Whether the blocks and parameters it names exist,
 * and whether its task can be done, is checked against the network by ./validateLesson.ts.
 */
import { z } from 'zod';
import { NODE_ID_PATTERN } from '../types';

export const LESSON_FORMAT = 'layerloom/lesson';
export const LESSON_VERSION = 1;

export const localizedSchema = z.object({
  en: z.string().trim().min(1, 'write the English text'),
  zh: z.string().trim().min(1, 'write the Simplified Chinese (简体中文) text'),
}).strict();

const blockId = z.string().regex(NODE_ID_PATTERN, 'a block id: a letter or _ first, then letters, digits and _');
const paramValue = z.union([z.number().refine(Number.isFinite, 'must be a finite number'), z.string(), z.boolean()]);
const paramsSchema = z.record(z.string(), paramValue);

// ---- Edits: how a lesson changes a template when it opens, and its worked solution ----

export const editSchema = z.object({
  set: z.object({ block: blockId, param: z.string().min(1), value: paramValue }).strict().optional()
    .describe('Set one setting of a block.'),
  insertAfter: z.object({ block: blockId, id: blockId, kind: z.string().min(1), params: paramsSchema.optional() }).strict().optional()
    .describe('Add a new block fed by `block`; it takes over every connection that left `block`.'),
  remove: z.object({ block: blockId }).strict().optional()
    .describe('Delete a block; its input is connected to every block it fed.'),
  connect: z.object({ from: blockId, to: blockId }).strict().optional(),
  disconnect: z.object({ from: blockId, to: blockId }).strict().optional(),
}).strict().superRefine((edit, ctx) => {
  const kinds = Object.keys(edit);
  if (kinds.length !== 1) {
    ctx.addIssue({ code: 'custom', message: `an edit is exactly one of set, insertAfter, remove, connect, disconnect; got ${kinds.length ? kinds.join(' + ') : 'none'}` });
  }
});

export type LessonEdit = z.infer<typeof editSchema>;

// ---- The network a lesson opens ----

const inlineBlock = z.object({
  id: blockId,
  kind: z.string().min(1),
  params: paramsSchema.optional(),
  /** Inputs in order; by default the block before it in the list (none for the first). */
  from: z.array(blockId).optional(),
  label: z.string().max(200).optional(),
}).strict();

export const networkSchema = z.object({
  template: z.string().min(1).optional().describe('A built-in template: lenet5, alexnet, vgg11, vgg16, vgg19, resnet18, resnet34, resnet50, minivgg, resnet20.'),
  input: z.tuple([z.number().int().min(1), z.number().int().min(1), z.number().int().min(1).max(4)]).optional()
    .describe('With a template: the input size [height, width, channels].'),
  classes: z.number().int().min(1).optional().describe('With a template: the number of classes.'),
  blocks: z.array(inlineBlock).min(2).optional().describe('A network written out: each block is fed by the one before it unless it says `from`.'),
  edits: z.array(editSchema).optional().describe('Changes made to the network when the lesson opens.'),
}).strict().superRefine((n, ctx) => {
  if (!!n.template === !!n.blocks) {
    ctx.addIssue({ code: 'custom', message: 'give either "template" (a built-in network) or "blocks" (a network written out), not both or neither' });
  }
  if (n.blocks && (n.input || n.classes !== undefined)) {
    ctx.addIssue({ code: 'custom', message: '"input" and "classes" go with "template"; with "blocks", set them on the Input and Output blocks' });
  }
});

export type LessonNetwork = z.infer<typeof networkSchema>;

// ---- Checks: what the app verifies live ----

export const CHECK_OPS = ['==', '!=', '<', '<=', '>', '>='] as const;
export type CheckOp = (typeof CHECK_OPS)[number];
/** What can be read off one block. */
export const BLOCK_MEASURES = ['outputShape', 'params', 'flops', 'receptiveField', 'inputs', 'kind', 'exists'] as const;
export type BlockMeasure = (typeof BLOCK_MEASURES)[number];
/** What can be read off the whole network. */
export const NETWORK_MEASURES = ['params', 'trainableParams', 'flops', 'blocks', 'errors', 'warnings'] as const;
export type NetworkMeasure = (typeof NETWORK_MEASURES)[number];
/** What can be read off the latest finished training run of the network. */
export const RUN_MEASURES = ['testAccuracy', 'valAccuracy', 'epochs', 'saved'] as const;
export type RunMeasure = (typeof RUN_MEASURES)[number];

export const selectorSchema = z.object({
  kind: z.string().min(1).optional(),
  params: paramsSchema.optional(),
}).strict();

export type BlockSelector = z.infer<typeof selectorSchema>;

const literalSchema = z.union([paramValue, z.array(z.number())]);

/** Where a value to compare with comes from, instead of a literal. */
const refSchema = z.object({
  /** The same reading on the network as the lesson opened it. */
  baseline: z.literal(true).optional(),
  block: blockId.optional(),
  param: z.string().optional(),
  measure: z.enum(BLOCK_MEASURES).optional(),
  network: z.enum(NETWORK_MEASURES).optional(),
  times: z.number().optional(),
  plus: z.number().optional(),
}).strict().superRefine((r, ctx) => {
  const from = [r.baseline, r.block, r.network].filter((x) => x !== undefined).length;
  if (from !== 1) ctx.addIssue({ code: 'custom', message: 'a reference is exactly one of {"baseline": true}, {"block": ID, "param"|"measure": …} or {"network": MEASURE}' });
  if (r.block && !!r.param === !!r.measure) ctx.addIssue({ code: 'custom', message: 'a block reference reads exactly one "param" or "measure"' });
});

export type CheckRef = z.infer<typeof refSchema>;
export type CheckLiteral = z.infer<typeof literalSchema>;

const SUBJECTS = ['all', 'any', 'not', 'block', 'first', 'last', 'every', 'some', 'count', 'network', 'run'] as const;
const BLOCK_SUBJECTS = ['block', 'first', 'last', 'every', 'some'] as const;

export interface Check {
  readonly all?: readonly Check[];
  readonly any?: readonly Check[];
  readonly not?: Check;
  readonly block?: string;
  readonly first?: BlockSelector;
  readonly last?: BlockSelector;
  readonly every?: BlockSelector;
  readonly some?: BlockSelector;
  readonly count?: BlockSelector;
  readonly network?: NetworkMeasure;
  readonly run?: RunMeasure;
  readonly param?: string;
  readonly measure?: BlockMeasure;
  readonly op?: CheckOp;
  readonly value?: CheckLiteral | CheckRef;
  readonly label?: { readonly en: string; readonly zh: string };
}

export const checkSchema: z.ZodType<Check> = z.lazy(() => z.object({
  all: z.array(checkSchema).min(1).optional(),
  any: z.array(checkSchema).min(1).optional(),
  not: checkSchema.optional(),
  block: blockId.optional(),
  first: selectorSchema.optional(),
  last: selectorSchema.optional(),
  every: selectorSchema.optional(),
  some: selectorSchema.optional(),
  count: selectorSchema.optional(),
  network: z.enum(NETWORK_MEASURES).optional(),
  run: z.enum(RUN_MEASURES).optional(),
  param: z.string().min(1).optional(),
  measure: z.enum(BLOCK_MEASURES).optional(),
  op: z.enum(CHECK_OPS).optional(),
  value: z.union([literalSchema, refSchema]).optional(),
  label: localizedSchema.optional(),
}).strict().superRefine(checkForm));

function checkForm(c: Check, ctx: z.RefinementCtx): void {
  const issue = (message: string, path: string[] = []) => ctx.addIssue({ code: 'custom', message, path });
  const subjects = SUBJECTS.filter((s) => c[s] !== undefined);
  if (subjects.length !== 1) {
    issue(`a check has exactly one of ${SUBJECTS.join(', ')}; got ${subjects.length ? subjects.join(' + ') : 'none'}`);
    return;
  }
  const subject = subjects[0];
  const rest = (['param', 'measure', 'op', 'value'] as const).filter((k) => c[k] !== undefined);
  if (subject === 'all' || subject === 'any' || subject === 'not') {
    if (rest.length) issue(`"${subject}" combines other checks; move ${rest.join(', ')} into one of them`);
    return;
  }
  const isBlock = (BLOCK_SUBJECTS as readonly string[]).includes(subject);
  if (isBlock && !!c.param === !!c.measure) issue(`"${subject}" reads exactly one "param" (a setting) or "measure" (${BLOCK_MEASURES.join(', ')})`);
  if (!isBlock && (c.param || c.measure)) issue(`"${subject}" reads a number of its own; remove "param"/"measure"`);
  if (c.op === undefined) issue(`add "op": one of ${CHECK_OPS.join(' ')}`, ['op']);
  if (c.value === undefined) issue('add "value": what to compare with', ['value']);
  if (c.measure === 'exists' && subject !== 'block') issue('"exists" applies to one block by id ("block")', ['measure']);
  const ordered = c.op !== undefined && c.op !== '==' && c.op !== '!=';
  const v = c.value;
  if (ordered && (typeof v === 'string' || typeof v === 'boolean' || Array.isArray(v))) {
    issue(`"${c.op}" compares numbers; ${JSON.stringify(v)} can only be compared with == or !=`, ['value']);
  }
}

// ---- The lesson ----

export const trainingHintSchema = z.object({
  data: z.enum(['mnist', 'synthetic']).default('mnist'),
  epochs: z.number().int().min(1).max(50).default(2),
  limit: z.number().int().min(100).optional(),
  batchSize: z.number().int().min(1).max(1024).optional(),
}).strict();

export const lessonSchema = z.object({
  $schema: z.string().optional(),
  format: z.literal(LESSON_FORMAT),
  version: z.literal(LESSON_VERSION),
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and dashes, e.g. "stride-and-padding"'),
  order: z.number().describe('Position in the course: lessons are listed by this number.'),
  part: localizedSchema.optional().describe('The chapter the lesson belongs to, e.g. Concepts / 概念.'),
  title: localizedSchema,
  concept: localizedSchema.describe('What the lesson is about, in two or three sentences.'),
  terms: z.array(localizedSchema).optional().describe('The course terms it introduces, e.g. {"en": "receptive field", "zh": "感受野"}.'),
  network: networkSchema,
  focus: z.object({
    blocks: z.array(blockId).min(1),
    params: z.array(z.string().min(1)).optional(),
  }).strict().describe('The blocks (and settings) the lesson is about: highlighted on the canvas and in the inspector.'),
  task: localizedSchema.describe('What to try.'),
  hint: localizedSchema.optional(),
  check: checkSchema.describe('What the app verifies live; the task is done when it holds.'),
  done: localizedSchema.describe('The expected result, shown once the check holds.'),
  solution: z.array(editSchema).describe('One way to do the task: tests apply it and the app offers it as "Show me". Empty only when the task is a training run.'),
  training: trainingHintSchema.optional().describe('Training settings for a short run of this network.'),
}).strict();

export type Lesson = z.infer<typeof lessonSchema>;
export type Localized = z.infer<typeof localizedSchema>;

/** The lesson format as JSON Schema (lessons/lesson.schema.json), so editors complete and check lesson files. */
export function lessonJsonSchema(): Record<string, unknown> {
  return { ...z.toJSONSchema(lessonSchema, { io: 'input', unrepresentable: 'any' }), title: 'LayerLoom lesson' };
}
