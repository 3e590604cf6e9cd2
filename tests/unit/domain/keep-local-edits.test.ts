import { describe, expect, it } from 'vitest';
import { textParagraph, type Report, type SectionNode } from '#shared/domain/report';
import { keepLocalEdits, withSection } from '#shared/domain/report-tree';

const section = (id: string, text: string, children: SectionNode[] = []): SectionNode => ({
  id,
  role: 'other',
  title: id,
  blocks: [textParagraph(text)],
  revision: 1,
  children,
});

const report = (sections: SectionNode[]): Report => ({
  id: 'r',
  kind: 'k',
  profile: 'state',
  period: '',
  outline: 'sections',
  header: { issuingBody: 'A', number: '', symbol: 'BC-', place: '', date: null, summary: '' },
  signature: { authority: '', onBehalfOf: '', position: '', name: '' },
  recipients: [],
  appendices: [],
  opening: [],
  closing: [],
  sections,
  createdAt: '',
  updatedAt: '',
  revision: 1,
  structureRevision: 1,
});

describe('keeping what was typed while a structural change was on its way', () => {
  it('re-applies edited parts and header onto the answer, keeps the answer’s structure', () => {
    const before = report([section('a', 'cũ', [section('a1', 'con')]), section('b', 'b')]);
    const typed = { ...withSection(before, 'a1', { blocks: [textParagraph('con, gõ thêm')] }), header: { ...before.header, summary: 'gõ trong lúc chờ' } };
    // The back end answered with a new part "c" added (from the state before the typing).
    const answer = report([section('a', 'cũ', [section('a1', 'con')]), section('b', 'b'), section('c', '')]);
    const merged = keepLocalEdits(before, typed, answer);
    expect(merged.sections.map((s) => s.id)).toEqual(['a', 'b', 'c']);
    expect(merged.sections[0]?.children[0]?.blocks).toEqual([textParagraph('con, gõ thêm')]);
    expect(merged.header.summary).toBe('gõ trong lúc chờ');
  });

  it('returns the answer as is when nothing was typed, and skips parts the answer removed', () => {
    const before = report([section('a', 'x'), section('b', 'y')]);
    const answer = report([section('a', 'x')]);
    expect(keepLocalEdits(before, before, answer)).toBe(answer);
    const typed = withSection(before, 'b', { blocks: [] });
    expect(keepLocalEdits(before, typed, answer).sections.map((s) => s.id)).toEqual(['a']);
  });
});
