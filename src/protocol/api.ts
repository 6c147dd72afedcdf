/**
 * The engine API as data: method name → { params, result } schemas, event name → payload schema.
 * Adding a method is one entry here plus its handler; both ends derive their types from this table.
 */
import { z } from 'zod';
import { projectSchema } from '../graph/projectFile';
import {
  autosaveOwnerSchema, autosaveSchema, datasetInfoSchema, datasetSpecSchema, dialogOpenParams, dialogResult, dialogSaveParams, empty,
  menuCommandSchema, predictImageSchema, predictionSchema, recentFileSchema, runDetailSchema, runSummarySchema, splitImageSchema,
} from './engineSchemas';
import { sessionIdSchema, sessionRefSchema, trainConfigSchema, trainEventSchema } from './trainSchemas';

export interface MethodSpec {
  readonly params: z.ZodType;
  readonly result: z.ZodType;
  /** Who answers it: the engine process, or the shell hosting the UI (Electron main). */
  readonly handledBy: 'engine' | 'shell';
}

const path = z.string().min(1).max(4096);
const ok = z.object({ ok: z.literal(true) });
const side = z.enum(['top', 'bottom', 'left', 'right']);
const diagramParams = z.object({
  project: projectSchema,
  options: z.object({
    lang: z.enum(['en', 'zh']).default('en'),
    theme: z.enum(['light', 'dark']).default('light'),
    select: z.array(z.string().max(200)).max(100_000).optional(),
    sizes: z.record(z.string().max(200), z.object({ width: z.number().positive().max(10_000), height: z.number().positive().max(10_000) })).optional(),
    title: z.string().max(300).optional(),
    ports: z.object({ source: side, target: side }).strict().optional(),
  }).strict(),
  format: z.enum(['svg', 'png']).default('svg'),
  dpi: z.number().int().min(72).max(1200).default(300),
}).strict();
const diagramResult = z.object({ data: z.string(), encoding: z.enum(['utf8', 'base64']), width: z.number(), height: z.number(), dpi: z.number() });

export const methods = {
  ping: { params: empty, result: z.object({ pong: z.literal(true), time: z.number() }), handledBy: 'engine' },
  version: {
    params: empty,
    result: z.object({
      protocol: z.number().int(),
      app: z.string(),
      host: z.enum(['electron', 'serve', 'in-process']),
      platform: z.string(),
      node: z.string(),
    }),
    handledBy: 'engine',
  },

  'project.read': { params: z.object({ path }).strict(), result: z.object({ path: z.string(), project: projectSchema }), handledBy: 'engine' },
  'project.write': { params: z.object({ path, project: projectSchema }).strict(), result: z.object({ path: z.string(), bytes: z.number().int() }), handledBy: 'engine' },
  'project.recent': { params: empty, result: z.object({ files: z.array(recentFileSchema) }), handledBy: 'engine' },
  'project.clearRecent': { params: empty, result: ok, handledBy: 'engine' },

  'dialog.open': { params: dialogOpenParams, result: dialogResult, handledBy: 'shell' },
  'dialog.save': { params: dialogSaveParams, result: dialogResult, handledBy: 'shell' },
  /** The renderer tells the shell whether there is unsaved work (Electron warns before closing). */
  'app.setDirty': { params: z.object({ dirty: z.boolean(), title: z.string().max(300).optional() }).strict(), result: ok, handledBy: 'shell' },

  // One slot per editor window (`owner`): a second window neither overwrites nor clears the first one's.
  'autosave.write': { params: z.object({ project: projectSchema, path: z.string().nullable(), owner: autosaveOwnerSchema.optional() }).strict(), result: z.object({ savedAt: z.string() }), handledBy: 'engine' },
  /** `owner`: the asking window. `autosave`: the newest; `autosaves`: every window's, newest first, each saying whether its window is open. */
  'autosave.recover': { params: z.object({ owner: autosaveOwnerSchema.optional() }).strict(), result: z.object({ autosave: autosaveSchema.nullable(), autosaves: z.array(autosaveSchema).optional() }), handledBy: 'engine' },
  'autosave.clear': { params: z.object({ owner: autosaveOwnerSchema.optional() }).strict(), result: ok, handledBy: 'engine' },

  'train.start': { params: trainConfigSchema, result: z.object({ sessionId: sessionIdSchema }), handledBy: 'engine' },
  'train.pause': { params: sessionRefSchema, result: ok, handledBy: 'engine' },
  'train.resume': { params: sessionRefSchema, result: ok, handledBy: 'engine' },
  'train.stop': { params: sessionRefSchema, result: ok, handledBy: 'engine' },

  'dataset.inspect': { params: z.object({ spec: datasetSpecSchema }).strict(), result: datasetInfoSchema, handledBy: 'engine' },
  /** One folder's sub-folders (a folder browser and path completion for the browser UI, which cannot see the disk). */
  'folders.list': {
    params: z.object({ path: z.string().max(4096).optional(), prefix: z.string().max(255).optional(), limit: z.number().int().min(1).max(1000).optional() }).strict(),
    result: z.object({
      path: z.string(), parent: z.string().nullable(), home: z.string(), images: z.number().int(), truncated: z.boolean(),
      folders: z.array(z.object({ name: z.string(), images: z.number().int().nullable(), more: z.boolean().optional() })),
    }),
    handledBy: 'engine',
  },
  'runs.list': { params: z.object({ dir: path.optional() }).strict(), result: z.object({ runs: z.array(runSummarySchema) }), handledBy: 'engine' },
  'runs.open': { params: z.object({ dir: path }).strict(), result: runDetailSchema, handledBy: 'engine' },
  /** Continues an interrupted or stopped run from its last checkpoint, in its own folder (a session, as train.start). */
  'runs.resume': {
    params: z.object({ dir: path, featureMaps: trainConfigSchema.shape.featureMaps }).strict(),
    result: z.object({ sessionId: sessionIdSchema }),
    handledBy: 'engine',
  },
  /** Deletes a saved run folder (only a folder holding nothing but a run's files). */
  'runs.delete': { params: z.object({ dir: path }).strict(), result: z.object({ dir: z.string() }), handledBy: 'engine' },
  /** Test images of a run (e.g. one confusion-matrix cell: actual × predicted), decoded as the model saw them. */
  'runs.images': {
    params: z.object({
      dir: path,
      actual: z.number().int().nonnegative().optional(),
      predicted: z.number().int().nonnegative().optional(),
      indices: z.array(z.number().int().nonnegative()).max(256).optional(),
      limit: z.number().int().min(1).max(256).default(48),
    }).strict(),
    result: z.object({ images: z.array(splitImageSchema), total: z.number().int().nonnegative() }),
    handledBy: 'engine',
  },
  /** Sessions running in this engine (so a reloaded page can re-attach). */
  'train.list': { params: empty, result: z.object({ sessions: z.array(z.object({ sessionId: sessionIdSchema, state: z.string() })) }), handledBy: 'engine' },
  /** Export the document as Python code (the browser UI downloads it; Electron saves it via dialog.save + export.write). */
  'export.code': {
    params: z.object({ project: projectSchema, to: z.enum(['pytorch', 'keras']) }).strict(),
    result: z.object({ code: z.string(), fileName: z.string() }),
    handledBy: 'engine',
  },
  'export.write': {
    params: z.object({ project: projectSchema, to: z.enum(['pytorch', 'keras']), path, weightsFrom: path.optional() }).strict(),
    result: z.object({ path: z.string(), weightsPath: z.string().nullable() }),
    handledBy: 'engine',
  },
  /** A diagram of the document for slides (src/diagram): SVG text or a print-resolution PNG (base64). */
  'diagram.render': { params: diagramParams, result: diagramResult, handledBy: 'engine' },
  /** The same, written to a file the user chose (dialog.save); .png or .svg by the path's extension. */
  'diagram.write': { params: diagramParams.extend({ path }).strict(), result: z.object({ path: z.string(), width: z.number(), height: z.number(), dpi: z.number() }), handledBy: 'engine' },
  predict: {
    params: z.object({ runDir: path, images: z.array(predictImageSchema).min(1).max(256), topK: z.number().int().min(1).max(100).default(5) }).strict(),
    result: z.object({ predictions: z.array(predictionSchema) }),
    handledBy: 'engine',
  },
} as const satisfies Record<string, MethodSpec>;

export const events = {
  /** A training session's progress (src/train). */
  'train.event': trainEventSchema,
  /** Electron's application menu: the renderer performs the command. */
  'menu.command': menuCommandSchema,
  /** Electron: the engine process died and a new one was started (the renderer says so; a run it was training ended). */
  'engine.restarted': z.object({ exitCode: z.number().int().nullable() }),
} as const satisfies Record<string, z.ZodType>;

export type Methods = typeof methods;
export type MethodName = keyof Methods;
/** What a caller passes (defaults may be omitted). */
export type ParamsIn<M extends MethodName> = z.input<Methods[M]['params']>;
/** What a handler receives (defaults filled in). */
export type Params<M extends MethodName> = z.output<Methods[M]['params']>;
export type Result<M extends MethodName> = z.output<Methods[M]['result']>;
export type ResultIn<M extends MethodName> = z.input<Methods[M]['result']>;

export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<E extends EventName> = z.output<Events[E]>;

export const METHOD_NAMES = Object.keys(methods) as MethodName[];
export const EVENT_NAMES = Object.keys(events) as EventName[];

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(methods, name);
}

export function isEventName(name: string): name is EventName {
  return Object.prototype.hasOwnProperty.call(events, name);
}
