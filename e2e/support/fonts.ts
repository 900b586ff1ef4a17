import type { Page } from "@playwright/test";

/** The fonts Chromium actually drew the text of the elements matching `selector` with (DevTools' "Rendered fonts"). */
export async function renderedFonts(page: Page, selector: string): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("DOM.enable");
  await cdp.send("CSS.enable");
  const { root } = await cdp.send("DOM.getDocument", { depth: -1 });
  const { nodeIds } = await cdp.send("DOM.querySelectorAll", { nodeId: root.nodeId, selector });
  const families = new Set<string>();
  for (const nodeId of nodeIds) {
    const { fonts } = await cdp.send("CSS.getPlatformFontsForNode", { nodeId });
    for (const f of fonts) families.add(f.familyName);
  }
  await cdp.detach();
  return [...families];
}

/** Fonts and typography do not depend on the database: their specs run once, on the embedded one (CI runs the suite on both). */
export const ONE_DATABASE_IS_ENOUGH = "typography does not depend on the database: run on the embedded one only";
