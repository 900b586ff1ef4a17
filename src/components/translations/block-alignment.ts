"use client";

import { useEffect, type RefObject } from "react";

// Lines up the source's blocks with the translation's, block by block, in the
// side-by-side view: block i of each starts at the same height. Whichever side
// is behind gets padding above its block i; the other side gets none. The
// source's blocks are ours (inline styles); the translation's belong to the
// editor (ProseMirror owns that DOM), so they get their padding from a style
// sheet of :nth-child rules, which the editor never sees.

const TOLERANCE_PX = 1;

/** Paddings that make block i of both columns start at the same height. */
export function alignmentPaddings(
  sourceTops: number[],
  targetTops: number[],
  current: { source: number[]; target: number[] },
): { source: number[]; target: number[] } {
  const n = Math.min(sourceTops.length, targetTops.length);
  const source = new Array<number>(sourceTops.length).fill(0);
  const target = new Array<number>(targetTops.length).fill(0);
  // A block's own padding does not move its top, only what follows it.
  let shiftSource = 0;
  let shiftTarget = 0;
  for (let i = 0; i < n; i++) {
    const delta = sourceTops[i]! + shiftSource - (targetTops[i]! + shiftTarget);
    source[i] = delta < 0 ? Math.round(-delta) : 0;
    target[i] = delta > 0 ? Math.round(delta) : 0;
    shiftSource += source[i]! - (current.source[i] ?? 0);
    shiftTarget += target[i]! - (current.target[i] ?? 0);
  }
  return { source, target };
}

const differs = (a: number[], b: number[]) => a.length !== b.length || a.some((v, i) => Math.abs(v - (b[i] ?? 0)) > TOLERANCE_PX);

/**
 * Keeps `source`'s children aligned with the children of the element matching
 * `targetSelector` inside `targetScope` (the editor's body, which appears
 * after the editor mounts), whenever either changes size.
 */
export function useBlockAlignment(source: RefObject<HTMLElement | null>, targetScope: RefObject<HTMLElement | null>, targetSelector: string, enabled: boolean) {
  useEffect(() => {
    if (!enabled) return;
    const sheet = document.createElement("style");
    document.head.appendChild(sheet);
    const scopeId = `align-${Math.random().toString(36).slice(2)}`;
    let applied = { source: [] as number[], target: [] as number[] };
    let frame = 0;
    let observer: ResizeObserver | null = null;
    let observedTarget: HTMLElement | null = null;

    const align = () => {
      frame = 0;
      const sourceRoot = source.current;
      const target = targetScope.current?.querySelector<HTMLElement>(targetSelector) ?? null;
      if (!sourceRoot || !target) {
        frame = requestAnimationFrame(align);
        return;
      }
      if (target !== observedTarget) {
        observedTarget = target;
        target.dataset.alignScope = scopeId;
        observer?.observe(target);
      }
      // Narrow screens stack the columns: nothing to align.
      const stacked = sourceRoot.getBoundingClientRect().left === target.getBoundingClientRect().left;
      const tops = (root: HTMLElement) => Array.from(root.children, (child) => child.getBoundingClientRect().top);
      const next = stacked ? { source: [], target: [] } : alignmentPaddings(tops(sourceRoot), tops(target), applied);
      if (!differs(next.source, applied.source) && !differs(next.target, applied.target)) return;
      applied = next;
      Array.from(sourceRoot.children as HTMLCollectionOf<HTMLElement>).forEach((child, i) => {
        child.style.paddingTop = next.source[i] ? `${next.source[i]}px` : "";
      });
      sheet.textContent = next.target
        .map((px, i) => (px ? `[data-align-scope="${scopeId}"] > :nth-child(${i + 1}) { padding-top: ${px}px; }` : ""))
        .join("\n");
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(align);
    };
    observer = new ResizeObserver(schedule);
    if (source.current) observer.observe(source.current);
    window.addEventListener("resize", schedule);
    void document.fonts?.ready.then(schedule);
    schedule();
    return () => {
      cancelAnimationFrame(frame);
      observer?.disconnect();
      window.removeEventListener("resize", schedule);
      sheet.remove();
    };
  }, [source, targetScope, targetSelector, enabled]);
}
