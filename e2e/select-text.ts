// Selects a phrase of the article text the way a person does: press the mouse before its first
// character, drag to after its last, release.
import type { Locator, Page } from "@playwright/test";

export async function selectTextWithMouse(page: Page, container: Locator, phrase: string) {
  const box = await container.evaluate((root, wanted) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const nodes: Text[] = [];
    let all = "";
    while (walker.nextNode()) {
      nodes.push(walker.currentNode as Text);
      all += (walker.currentNode as Text).data;
    }
    const at = all.indexOf(wanted);
    if (at < 0) throw new Error(`"${wanted}" is not in the text`);
    const locate = (offset: number) => {
      let seen = 0;
      for (const node of nodes) {
        if (offset < seen + node.data.length) return { node, offset: offset - seen };
        seen += node.data.length;
      }
      throw new Error("offset past the text");
    };
    const charRect = (offset: number) => {
      const { node, offset: inNode } = locate(offset);
      const range = document.createRange();
      range.setStart(node, inNode);
      range.setEnd(node, inNode + 1);
      return range.getBoundingClientRect();
    };
    const top = charRect(at).top;
    window.scrollBy(0, top - window.innerHeight / 2);
    const first = charRect(at);
    const last = charRect(at + wanted.length - 1);
    return { x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 1, y2: last.top + last.height / 2 };
  }, phrase);
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move((box.x1 + box.x2) / 2, (box.y1 + box.y2) / 2, { steps: 5 });
  await page.mouse.move(box.x2, box.y2, { steps: 5 });
  await page.mouse.up();
}
