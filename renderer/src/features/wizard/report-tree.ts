/** Pure edits of the report tree held by the wizard, so local typing shows at once. */
import type { Block, Report, SectionNode } from '../../../../shared/domain/report';

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
