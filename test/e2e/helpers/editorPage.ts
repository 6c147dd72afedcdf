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
    await this.node(id).locator('[data-part="head"]').click({ modifiers: additive ? ['Control'] : [] });
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

  /**
   * Every block's visible cells (near: title, chips, output, params, RF; far: its three lines) that stick out
   * of its card, as "block: cell text (how far)"; [] when all lie inside. Also reports which level of detail
   * the canvas shows, so a caller can be sure it measured the one it meant.
   */
  async cellsOutsideCards(): Promise<{ lod: 'near' | 'far'; cards: number; cells: number; outside: string[] }> {
    return this.page.evaluate(() => {
      const far = document.querySelector('[data-testid="canvas"]')!.hasAttribute('data-lod-far');
      const outside: string[] = [];
      let cells = 0;
      const cards = [...document.querySelectorAll('.react-flow__node [data-testid="block-card"]')] as HTMLElement[];
      for (const card of cards) {
        const c = card.getBoundingClientRect();
        const id = card.closest('.react-flow__node')!.getAttribute('data-id');
        for (const cell of card.querySelectorAll(far ? '[data-far-cell]' : '[data-cell]') as NodeListOf<HTMLElement>) {
          if (cell.offsetParent === null) continue;
          cells += 1;
          const r = cell.getBoundingClientRect();
          // The text itself, not only its box: a nowrap span reports the full width of what it holds.
          const clipped = cell.scrollWidth > cell.clientWidth + 1;
          const tol = 0.5;
          const by = Math.max(c.left - r.left, r.right - c.right, c.top - r.top, r.bottom - c.bottom);
          if (by > tol || clipped) outside.push(`${id}: "${cell.textContent}" ${by > tol ? `${by.toFixed(1)} px outside` : 'clipped'}`);
        }
      }
      return { lod: far ? 'far' as const : 'near' as const, cards: cards.length, cells, outside };
    });
  }
}
