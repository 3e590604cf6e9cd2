/** Pure edits of the report tree held by the wizard, so local typing shows at once. */
import type { Block, Report, SectionNode } from './report';

/**
 * Replaces one section, keeping every untouched section the same object: the editor redraws
 * only the part being typed in (memoised components compare by identity), which keeps typing
 * fast in a long report.
 */
function mapSections(sections: SectionNode[], id: string, change: (s: SectionNode) => SectionNode): SectionNode[] {
  let changed = false;
  const next = sections.map((s) => {
    if (s.id === id) {
      changed = true;
      return change(s);
    }
    const children = mapSections(s.children, id, change);
    if (children === s.children) return s;
    changed = true;
    return { ...s, children };
  });
  return changed ? next : sections;
}

export function withSection(report: Report, id: string, change: Partial<Pick<SectionNode, 'title' | 'blocks'>>): Report {
  return { ...report, sections: mapSections(report.sections, id, (s) => ({ ...s, ...change })) };
}

export function findSection(sections: readonly SectionNode[], id: string): SectionNode | undefined {
  for (const s of sections) {
    if (s.id === id) return s;
    const inner = findSection(s.children, id);
    if (inner) return inner;
  }
  return undefined;
}

export function replaceBlock(blocks: readonly Block[], index: number, block: Block): Block[] {
  return blocks.map((b, i) => (i === index ? block : b));
}

export function removeBlock(blocks: readonly Block[], index: number): Block[] {
  return blocks.filter((_, i) => i !== index);
}

export function moveBlock(blocks: readonly Block[], index: number, delta: -1 | 1): Block[] {
  const target = index + delta;
  if (target < 0 || target >= blocks.length) return [...blocks];
  const copy = [...blocks];
  [copy[index], copy[target]] = [copy[target] as Block, copy[index] as Block];
  return copy;
}

const META_KEYS = ['header', 'signature', 'recipients', 'opening', 'closing', 'appendices', 'profile', 'period', 'outline'] as const;

/**
 * A structural change (add, move, remove a part) returns the whole report from the back end.
 * What the clerk typed while it was on its way is not in that answer yet: carry it over, so
 * the screen never shows older text than the clerk wrote (the queued save still sends it).
 * `before` is the report when the change was sent, `now` the one on screen when it returned.
 */
export function keepLocalEdits(before: Report, now: Report, next: Report): Report {
  if (now === before) return next;
  let merged = next;
  const edited = (sections: readonly SectionNode[]) => {
    for (const s of sections) {
      if (findSection(before.sections, s.id) !== s && findSection(merged.sections, s.id))
        merged = withSection(merged, s.id, { title: s.title, blocks: s.blocks });
      edited(s.children);
    }
  };
  edited(now.sections);
  for (const key of META_KEYS) if (now[key] !== before[key]) merged = { ...merged, [key]: now[key] };
  return merged;
}
