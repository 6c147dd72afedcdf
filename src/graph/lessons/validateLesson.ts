/**
 * Reads one lesson file and checks it completely: structure (the schema), the blocks and settings it names
 * (against its network), and that its task can be done — the check fails on the network as it opens and
 * holds after the worked solution, which leaves no errors. Every problem names the file and the field.
 */
import type { Analysis } from '../analysisTypes';
import { analyze } from '../analyze';
import { getBlock } from '../blocks/index';
import { fieldName } from '../projectFile';
import type { Graph } from '../types';
import { checkLeaves, evaluateCheck, type RunFacts } from './checkEngine';
import { createdIds, LessonEditError } from './lessonEdits';
import { applySolution, buildLessonNetwork } from './lessonNetwork';
import { LESSON_FORMAT, LESSON_VERSION, lessonSchema, type BlockSelector, type Check, type Lesson } from './lessonSchema';

export interface ValidLesson {
  readonly lesson: Lesson;
  /** The network as the lesson opens it. */
  readonly network: Graph;
  readonly analysis: Analysis;
  /** The network after the worked solution. */
  readonly solved: Graph;
}

export type LessonValidation =
  | { readonly ok: true; readonly value: ValidLesson; readonly warnings: readonly string[] }
  | { readonly ok: false; readonly errors: readonly string[]; readonly warnings: readonly string[] };

/** What a solution is checked against when the check asks about a training run: a run that met every target. */
export function assumedRun(lesson: Lesson): RunFacts {
  return { testAccuracy: 1, valAccuracy: 1, epochs: lesson.training?.epochs ?? 1, saved: true };
}

function sentences(s: string): number {
  return s.split(/(?<=[.!?])\s+|(?<=[。！？])/u).filter((x) => x.trim().length > 0).length;
}

/** Checks every block id, kind and setting a check names against the blocks that exist (or that the solution creates). */
function checkReferences(c: Check, path: string, graph: Graph, created: ReadonlySet<string>, errors: string[]): void {
  const ids = graph.nodes.map((n) => n.id);
  const kindOfId = (id: string) => graph.nodes.find((n) => n.id === id)?.kind;
  const needBlock = (id: string, field: string): string | undefined => {
    if (ids.includes(id) || created.has(id)) return kindOfId(id);
    errors.push(`${field}: no block "${id}" in the network (blocks: ${ids.join(', ')}), and the solution creates none by that name`);
    return undefined;
  };
  const needParam = (kind: string | undefined, param: string, field: string) => {
    const def = kind ? getBlock(kind) : undefined;
    if (def && !Object.prototype.hasOwnProperty.call(def.params, param)) {
      errors.push(`${field}: ${kind} has no setting "${param}" (settings: ${Object.keys(def.params).join(', ') || 'none'})`);
    }
  };
  const needSelector = (sel: BlockSelector, field: string) => {
    if (sel.kind && !getBlock(sel.kind)) errors.push(`${field}.kind: unknown block kind "${sel.kind}"`);
    for (const p of Object.keys(sel.params ?? {})) needParam(sel.kind, p, `${field}.params`);
  };
  c.all?.forEach((x, i) => checkReferences(x, `${path}.all[${i}]`, graph, created, errors));
  c.any?.forEach((x, i) => checkReferences(x, `${path}.any[${i}]`, graph, created, errors));
  if (c.not) checkReferences(c.not, `${path}.not`, graph, created, errors);
  let kind: string | undefined;
  if (c.block !== undefined && c.measure !== 'exists') kind = needBlock(c.block, `${path}.block`);
  for (const s of ['first', 'last', 'every', 'some', 'count'] as const) {
    const sel = c[s];
    if (sel) { needSelector(sel, `${path}.${s}`); kind = sel.kind; }
  }
  if (c.param) needParam(kind, c.param, `${path}.param`);
  const v = c.value;
  if (typeof v === 'object' && v !== null && !Array.isArray(v) && v.block) {
    const refKind = needBlock(v.block, `${path}.value.block`);
    if (v.param) needParam(refKind, v.param, `${path}.value.param`);
  }
}

function usesRun(c: Check): boolean {
  return !!c.run || !!c.all?.some(usesRun) || !!c.any?.some(usesRun) || (!!c.not && usesRun(c.not));
}

export function validateLesson(input: string | unknown, file: string): LessonValidation {
  const errors: string[] = [];
  const warnings: string[] = [];
  const fail = () => ({ ok: false as const, errors: errors.map((e) => `${file}: ${e}`), warnings: warnings.map((w) => `${file}: ${w}`) });
  let raw = input;
  if (typeof input === 'string') {
    try { raw = JSON.parse(input); } catch (err) { errors.push(`not valid JSON: ${(err as Error).message}`); return fail(); }
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) { errors.push('a lesson file must be a JSON object'); return fail(); }
  const doc = raw as Record<string, unknown>;
  if (doc.format !== LESSON_FORMAT) { errors.push(`format: expected "${LESSON_FORMAT}", got ${JSON.stringify(doc.format)} — is this a LayerLoom lesson?`); return fail(); }
  if (typeof doc.version === 'number' && doc.version > LESSON_VERSION) {
    errors.push(`version: written for a newer LayerLoom (lesson format ${doc.version}; this one reads ${LESSON_VERSION}). Update LayerLoom.`);
    return fail();
  }
  const parsed = lessonSchema.safeParse(doc);
  if (!parsed.success) {
    for (const issue of parsed.error.issues.slice(0, 8)) errors.push(`${fieldName(issue.path)}: ${issue.message}`);
    return fail();
  }
  const lesson = parsed.data;
  for (const lang of ['en', 'zh'] as const) {
    const n = sentences(lesson.concept[lang]);
    if (n > 3) warnings.push(`concept.${lang}: ${n} sentences; say it in two or three`);
  }

  let network: Graph;
  try { network = buildLessonNetwork(lesson.network); } catch (err) {
    if (!(err instanceof LessonEditError)) throw err;
    errors.push(err.message);
    return fail();
  }
  const ids = new Set(network.nodes.map((n) => n.id));
  lesson.focus.blocks.forEach((id, i) => { if (!ids.has(id)) errors.push(`focus.blocks[${i}]: no block "${id}" in the network (blocks: ${[...ids].join(', ')})`); });
  (lesson.focus.params ?? []).forEach((p, i) => {
    const known = lesson.focus.blocks.some((id) => { const k = network.nodes.find((n) => n.id === id)?.kind; return !!k && !!getBlock(k)?.params[p]; });
    if (!known) errors.push(`focus.params[${i}]: none of the focus blocks has a setting "${p}"`);
  });
  checkReferences(lesson.check, 'check', network, new Set(createdIds(lesson.solution)), errors);
  if (!lesson.solution.length && !usesRun(lesson.check)) errors.push('solution: empty; list the edits that do the task (only a task that is a training run needs none)');
  if (errors.length) return fail();

  let solved: Graph;
  try { solved = applySolution(network, lesson.solution); } catch (err) {
    if (!(err instanceof LessonEditError)) throw err;
    errors.push(err.message);
    return fail();
  }
  const analysis = analyze(network);
  const baseline = { graph: network, analysis };
  const before = evaluateCheck(lesson.check, { now: baseline, baseline, run: null });
  if (before.pass) errors.push('check: it already holds on the network as the lesson opens it, so the task would be done before the learner starts');
  const solvedAnalysis = analyze(solved);
  const run = usesRun(lesson.check) ? assumedRun(lesson) : null;
  const after = evaluateCheck(lesson.check, { now: { graph: solved, analysis: solvedAnalysis }, baseline, run });
  if (!after.pass) {
    const failing = checkLeaves(after).filter((r) => !r.pass).map((r) => `"${r.text.en}" (now ${r.actual?.en ?? '—'})`);
    errors.push(`solution: after it, the check still fails: ${failing.join('; ')}`);
  }
  const solvedErrors = solvedAnalysis.diagnostics.filter((d) => d.severity === 'error');
  if (solvedErrors.length) errors.push(`solution: it leaves ${solvedErrors.length} error(s) in the network, first: ${solvedErrors[0].message.en}`);
  if (errors.length) return fail();
  return { ok: true, value: { lesson, network, analysis, solved }, warnings: warnings.map((w) => `${file}: ${w}`) };
}
