/**
 * The lesson path in a real browser: every lesson opens from the course, its task is done by hand (the
 * inspector, the palette, dragging a connection, training), and its live check passes; "Show me", "Start over"
 * and undo; "Why this number"; Chinese and dark; a teacher's own lesson file. Screenshots go to
 * test-results/screenshots/lesson-*.png.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { COURSE_DIR, readLessonFiles } from '../../src/cli/commands/lessons';
import { loadCourse, type LessonEdit, type ValidLesson } from '../../src/graph/lessons/index';
import { chromiumMissing } from './helpers/browser';
import { EditorPage } from './helpers/editorPage';
import { openServedApp, SHOTS, type ServedApp } from './helpers/servedApp';
import { TrainPage } from './helpers/trainPage';

const missing = chromiumMissing();
if (missing) console.warn(`lessons e2e skipped: ${missing}`);

const course = loadCourse(readLessonFiles([COURSE_DIR]));
const usesRun = (v: ValidLesson) => JSON.stringify(v.lesson.check).includes('"run"');
const byHand = course.lessons.filter((v) => !usesRun(v));

describe.skipIf(!!missing)('lessons in the browser (layerloom serve)', () => {
  let app: ServedApp | undefined;
  let page: Page;
  let ed: EditorPage;
  let tp: TrainPage;
  let pageErrors: string[] = [];

  beforeAll(async () => {
    app = await openServedApp('layerloom-lessons-e2e-');
    ({ page, ed, tp, pageErrors } = app);
  });

  afterEach(async (ctx) => {
    if (ctx.task.result?.state !== 'fail' || !page) return;
    await page.screenshot({ path: join(SHOTS, `lesson-failed-${ctx.task.name.slice(0, 30).replace(/\W+/g, '-')}.png`) }).catch(() => undefined);
  });

  afterAll(async () => {
    await app?.close();
  });

  const card = () => page.locator('[data-testid="lesson-card"]');
  const passed = async () => (await card().getAttribute('data-passed')) === 'true';

  async function openLesson(id: string): Promise<void> {
    await page.locator('[data-testid="lessons-button"]').click();
    await page.locator(`[data-testid="lesson-${id}"]`).click();
    await expect.poll(() => card().getAttribute('data-lesson')).toBe(id);
  }

  /** Sets a block's setting in the inspector, as a person does: click the block, change the field. */
  async function setInInspector(block: string | null, param: string, value: string | number | boolean): Promise<void> {
    if (block) {
      await ed.node(block).click();
      await expect.poll(() => page.locator('[data-testid="inspector"] .ll-inspector-head').textContent()).toContain(block);
    }
    const field = page.locator(`[data-testid="inspector"] [data-testid="param-${param}"]`);
    if (typeof value === 'boolean') await field.setChecked(value);
    else if (await field.evaluate((el) => el.tagName === 'SELECT')) await field.selectOption(String(value));
    else await field.fill(String(value));
  }

  /** Does one edit of a lesson's solution through the UI. */
  async function doByHand(edit: LessonEdit): Promise<void> {
    if (edit.set) return setInInspector(edit.set.block, edit.set.param, edit.set.value);
    if (edit.insertAfter) {
      const { block, kind, params } = edit.insertAfter;
      await ed.node(block).click();
      const before = await page.locator('.react-flow__node').count();
      await page.locator(`[data-testid="palette-${kind}"]`).dblclick();
      await expect.poll(() => page.locator('.react-flow__node').count()).toBe(before + 1);
      // The new block is selected: set its settings.
      for (const [param, value] of Object.entries(params ?? {})) await setInInspector(null, param, value);
      return;
    }
    if (edit.connect) {
      const edges = await page.locator('.react-flow__edge').count();
      await ed.connect(edit.connect.from, edit.connect.to);
      await expect.poll(() => page.locator('.react-flow__edge').count()).toBe(edges + 1);
      return;
    }
    throw new Error(`no UI step for ${JSON.stringify(edit)}`);
  }

  it.each(byHand.map((v) => [v.lesson.id, v] as const))('%s: opens with its focus, the task done by hand passes the live check', async (id, v) => {
    await openLesson(id);
    expect(await card().locator('[data-testid="lesson-title"]').textContent()).toBe(v.lesson.title.en);
    expect(await passed()).toBe(false);
    // The first focus block is selected and highlighted; the checklist shows what is still to do.
    await expect.poll(() => page.locator('[data-testid="inspector"] .ll-inspector-head').textContent()).toContain(v.lesson.focus.blocks[0]);
    const glow = await ed.node(v.lesson.focus.blocks[0]).locator('[data-testid="block-card"]').evaluate((el) => getComputedStyle(el).boxShadow);
    expect(glow).not.toBe('none');
    expect(await card().locator('[data-testid="lesson-checks"] li[data-pass="false"]').count()).toBeGreaterThan(0);
    await expect.poll(() => page.locator('.react-flow__node').count()).toBe(v.network.nodes.length);
    for (const edit of v.lesson.solution) await doByHand(edit);
    await expect.poll(passed).toBe(true);
    expect(await card().locator('[data-testid="lesson-checks"] li[data-pass="false"]').count()).toBe(0);
    expect(await card().locator('[data-testid="lesson-done"]').textContent()).toContain(v.lesson.done.en.slice(0, 40));
    await page.screenshot({ path: join(SHOTS, `lesson-${String(v.lesson.order).padStart(3, '0')}-${id}-done.png`) });
  });

  it('"Why this number" works the stride lesson out with conv1\'s own values', async () => {
    await openLesson('stride-and-padding');
    for (const edit of course.lessons.find((v) => v.lesson.id === 'stride-and-padding')!.lesson.solution) await doByHand(edit);
    await ed.node('conv1').click();
    const why = page.locator('[data-testid="why-this-number"]');
    await why.scrollIntoViewIfNeeded();
    expect(await why.locator('[data-testid="why-output-size"]').textContent()).toContain('⌊(n − k) / s⌋ + 1 = ⌊(28 − 5) / 2⌋ + 1 = 12');
    expect(await why.locator('[data-testid="why-params"]').textContent()).toContain('5·5·1·6 + 6 = 156');
    await ed.node('conv2').click();
    await why.scrollIntoViewIfNeeded();
    expect(await why.locator('[data-testid="why-rf-result"]').textContent()).toMatch(/RF on the input: 9×9 · ✓ matches the block/);
    expect(await ed.node('conv2').locator('[data-testid="block-rf"]').textContent()).toContain('9×9');
    await page.screenshot({ path: join(SHOTS, 'lesson-why-this-number.png') });
  });

  it('"Show me", "Start over" and undo move the lesson between done and not done', async () => {
    await openLesson('vgg');
    expect(await passed()).toBe(false);
    await card().locator('[data-testid="lesson-show-me"]').click();
    await expect.poll(passed).toBe(true);
    await ed.press('Control+z');
    await expect.poll(passed).toBe(false);
    await ed.press('Control+Shift+z');
    await expect.poll(passed).toBe(true);
    await card().locator('[data-testid="lesson-reset"]').click();
    await expect.poll(passed).toBe(false);
    // The course remembers what was done.
    await page.locator('[data-testid="lessons-button"]').click();
    expect(await page.locator('.ll-lesson-item.is-done').count()).toBeGreaterThanOrEqual(byHand.length);
    await page.screenshot({ path: join(SHOTS, 'lesson-course-progress.png') });
    await page.keyboard.press('Escape');
  });

  it('speaks Chinese with the course terms, in the dark theme', async () => {
    await page.locator('[data-testid="language"]').selectOption('zh');
    await page.locator('[data-testid="theme"]').selectOption('dark');
    await openLesson('receptive-field');
    expect(await card().textContent()).toContain('感受野');
    expect(await card().locator('[data-testid="lesson-checks"]').textContent()).toContain('conv3 的感受野 ≥ 14×14');
    await page.screenshot({ path: join(SHOTS, 'lesson-receptive-field-zh-dark.png') });
    await openLesson('projection-shortcut');
    expect(await card().textContent()).toContain('投影捷径');
    await page.locator('[data-testid="language"]').selectOption('en');
    await page.locator('[data-testid="theme"]').selectOption('light');
  });

  it('adds a teacher\'s lesson file, and names the field of a broken one', async () => {
    await page.locator('[data-testid="lessons-button"]').click();
    const v = course.lessons.find((x) => x.lesson.id === 'dilation')!;
    const mine = { ...v.lesson, id: 'my-dilation', order: 65, title: { en: 'My dilation lesson', zh: '我的空洞卷积' } };
    await page.locator('[data-testid="lesson-file-input"]').setInputFiles({ name: 'my-dilation.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(mine)) });
    await page.locator('[data-testid="lesson-my-dilation"]').waitFor();
    const broken = { ...mine, id: 'broken', check: { block: 'conv9', param: 'dilation', op: '==', value: 2 } };
    await page.locator('[data-testid="lesson-file-input"]').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
    await expect.poll(() => page.locator('[data-testid="lesson-problems"]').textContent()).toContain('broken.json: check.block: no block "conv9"');
    await page.locator('[data-testid="lesson-my-dilation"]').click();
    await expect.poll(() => card().getAttribute('data-lesson')).toBe('my-dilation');
  });

  it('the workflow lesson: trains LeNet-5 on MNIST from the lesson, and the run passes the check', async () => {
    await openLesson('workflow');
    expect(await passed()).toBe(false);
    await card().locator('[data-testid="lesson-train"]').click();
    await tp.testId('train-sidebar').waitFor();
    expect(await tp.testId('set-epochs').inputValue()).toBe('2');
    expect(await tp.testId('data-limit').inputValue()).toBe('6000');
    await tp.testId('train-start').click();
    expect(await tp.waitStatus(['done', 'error'], 290_000)).toBe('done');
    await expect.poll(passed).toBe(true);
    await page.screenshot({ path: join(SHOTS, 'lesson-130-workflow-done.png') });
  });

  it('the comparison lesson: trains ResNet-20 on the same data, the run passes, and Runs overlays it with LeNet-5\'s', async () => {
    await tp.testId('mode-design').click();
    await openLesson('compare-networks');
    expect(await passed()).toBe(false);
    await card().locator('[data-testid="lesson-train"]').click();
    await tp.testId('train-sidebar').waitFor();
    expect(await tp.testId('data-limit').inputValue()).toBe('2000');
    await tp.testId('train-start').click();
    // The run bar still says 'done' about the workflow lesson's run until the engine takes this one.
    await tp.waitStatus(['preparing', 'running'], 60_000);
    expect(await tp.waitStatus(['done', 'error'], 590_000)).toBe('done');
    await expect.poll(passed).toBe(true);
    await tp.testId('dash-tab-runs').click();
    await expect.poll(() => page.locator('[data-testid="run-row"]').count(), { timeout: 20_000 }).toBe(2);
    for (const box of await page.locator('[data-testid="run-check"]').all()) if (!(await box.isChecked())) await box.check();
    await page.locator('[data-testid="run-curves"]').waitFor();
    // One line per run (a one-epoch run's line is a single point).
    await expect.poll(() => page.locator('[data-testid="run-curves"] .recharts-line').count()).toBe(2);
    await page.screenshot({ path: join(SHOTS, 'lesson-140-compare-runs.png') });
    expect(pageErrors).toEqual([]);
  }, 600_000);
});
