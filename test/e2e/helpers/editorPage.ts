/** Drives the editor like a person: drag from the palette, connect ports, edit in the inspector. */
import type { Locator, Page } from 'playwright-core';

export class EditorPage {
  constructor(readonly page: Page) {}

  node(id: string): Locator {
    return this.page.locator(`.react-flow__node[data-id="${id}"]`);
  }

  /** Drags a block kind from the palette and drops it at (x, y) in canvas-element pixels. */
  async dragBlock(kind: string, x: number, y: number): Promise<void> {
    await this.page.locator(`[data-testid="palette-${kind}"]`).dragTo(this.page.locator('[data-testid="canvas"]'), { targetPosition: { x, y } });
  }

  /** Drags from one block's output port to another's input port. */
  async connect(sourceId: string, targetId: string): Promise<void> {
    const from = await this.node(sourceId).locator('.react-flow__handle.source').boundingBox();
    const to = await this.node(targetId).locator('.react-flow__handle.target').boundingBox();
    if (!from || !to) throw new Error(`ports of ${sourceId} → ${targetId} not visible`);
    const m = this.page.mouse;
    await m.move(from.x + from.width / 2, from.y + from.height / 2);
    await m.down();
    await m.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 5 });
    await m.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 5 });
    await m.up();
  }

  async select(id: string, additive = false): Promise<void> {
    await this.node(id).locator('.ll-block-head').click({ modifiers: additive ? ['Control'] : [] });
  }

  async setParam(id: string, param: string, value: string | number | boolean): Promise<void> {
    await this.select(id);
    const field = this.page.locator(`[data-testid="inspector"] [data-testid="param-${param}"]`);
    if (typeof value === 'boolean') await field.setChecked(value);
    else if (await field.evaluate((el) => el.tagName === 'SELECT')) await field.selectOption(String(value));
    else await field.fill(String(value));
  }

  async shapeOf(id: string): Promise<string> {
    return (await this.node(id).locator('[data-testid="block-shape"]').textContent()) ?? '';
  }

  async totalParams(): Promise<string> {
    await this.page.locator('[data-testid="tab-summary"]').click();
    return (await this.page.locator('[data-testid="total-params"]').textContent()) ?? '';
  }

  async press(keys: string): Promise<void> {
    await this.page.locator('.react-flow__pane').first().focus().catch(() => {});
    await this.page.keyboard.press(keys);
  }
}
