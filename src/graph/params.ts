/** Typed parameter specifications: each block kind declares its parameters once, here-shaped. */
import type { Localized } from './localized';
import type { ParamValue, Params } from './types';

interface ParamSpecBase {
  readonly label: Localized;
  readonly help: Localized;
  /** Shown in the block's face on the canvas (key parameters only). */
  readonly key?: boolean;
  /** Only meaningful when another parameter has one of these values (the inspector hides it otherwise). */
  readonly visibleWhen?: { readonly param: string; readonly values: readonly ParamValue[] };
}

export interface IntParamSpec extends ParamSpecBase {
  readonly type: 'int';
  readonly default: number;
  readonly min: number;
  readonly max: number;
}

export interface FloatParamSpec extends ParamSpecBase {
  readonly type: 'float';
  readonly default: number;
  readonly min: number;
  readonly max: number;
  readonly step?: number;
}

export interface EnumParamSpec extends ParamSpecBase {
  readonly type: 'enum';
  readonly default: string;
  readonly options: readonly string[];
}

export interface BoolParamSpec extends ParamSpecBase {
  readonly type: 'bool';
  readonly default: boolean;
}

export type ParamSpec = IntParamSpec | FloatParamSpec | EnumParamSpec | BoolParamSpec;
export type ParamSpecs = Readonly<Record<string, ParamSpec>>;

/** The default value of every parameter (a new object each call: callers may keep or change it). */
export function defaultParams(specs: ParamSpecs): Params {
  return { ...sharedDefaults(specs) };
}

/** Defaults per spec table, computed once: withDefaults runs for every block on every analysis. */
const DEFAULTS = new WeakMap<ParamSpecs, Params>();

function sharedDefaults(specs: ParamSpecs): Params {
  let out = DEFAULTS.get(specs);
  if (!out) {
    const d: Record<string, ParamValue> = {};
    for (const name in specs) d[name] = specs[name].default;
    out = Object.freeze(d);
    DEFAULTS.set(specs, out);
  }
  return out;
}

export interface ParamProblem {
  readonly param: string;
  readonly message: string;
}

/** Checks one value against its spec; returns a message naming the value and the allowed range, or null. */
export function checkParam(name: string, spec: ParamSpec, value: unknown): ParamProblem | null {
  switch (spec.type) {
    case 'int':
      if (typeof value !== 'number' || !Number.isInteger(value)) {
        return { param: name, message: `${name} must be a whole number, got ${JSON.stringify(value)}` };
      }
      if (value < spec.min || value > spec.max) {
        return { param: name, message: `${name} must be between ${spec.min} and ${spec.max}, got ${value}` };
      }
      return null;
    case 'float':
      if (typeof value !== 'number' || !Number.isFinite(value)) {
        return { param: name, message: `${name} must be a number, got ${JSON.stringify(value)}` };
      }
      if (value < spec.min || value > spec.max) {
        return { param: name, message: `${name} must be between ${spec.min} and ${spec.max}, got ${value}` };
      }
      return null;
    case 'enum':
      if (typeof value !== 'string' || !spec.options.includes(value)) {
        return { param: name, message: `${name} must be one of ${spec.options.join(', ')}, got ${JSON.stringify(value)}` };
      }
      return null;
    case 'bool':
      if (typeof value !== 'boolean') {
        return { param: name, message: `${name} must be true or false, got ${JSON.stringify(value)}` };
      }
      return null;
  }
}

/** Every problem with a block's parameters: unknown names, missing names (filled from defaults elsewhere), bad values. */
export function checkParams(specs: ParamSpecs, params: Params): ParamProblem[] {
  const problems: ParamProblem[] = [];
  for (const name in params) {
    const value = params[name];
    const spec = Object.prototype.hasOwnProperty.call(specs, name) ? specs[name] : undefined;
    if (!spec) {
      problems.push({ param: name, message: `unknown parameter ${name} (known: ${Object.keys(specs).join(', ') || 'none'})` });
      continue;
    }
    const problem = checkParam(name, spec, value);
    if (problem) problems.push(problem);
  }
  return problems;
}

/** Parameters with defaults filled in for the missing ones. */
export function withDefaults(specs: ParamSpecs, params: Params): Params {
  return { ...sharedDefaults(specs), ...params };
}
