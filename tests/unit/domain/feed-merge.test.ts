import { describe, expect, it } from 'vitest';
import { textParagraph, type Report, type SectionNode } from '#shared/domain/report';
import { findSection } from '#shared/domain/report-tree';
import { mergeFeedChanges, sectionIdsUnder } from '#shared/domain/feed-merge';

const section = (id: string, text: string, children: SectionNode[] = []): SectionNode => ({
  id,
  role: 'other',
  title: id,
  blocks: [textParagraph(text)],
  revision: 1,
  children,
});

const report = (sections: SectionNode[], extra: Partial<Report> = {}): Report => ({
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
  ...extra,
});

const textOf = (r: Report, id: string) => JSON.stringify(findSection(r.sections, id)?.blocks);

describe('another window’s saves reaching an open report (the change feed)', () => {
  it('a part not being edited takes the stored text; the part being edited keeps the clerk’s and is held', () => {
    const local = report([section('a', 'đang gõ ở đây'), section('b', 'cũ')]);
    const fresh = report([section('a', 'cửa sổ kia sửa'), section('b', 'cửa sổ kia sửa b')]);
    const { next, taken, held } = mergeFeedChanges(local, fresh, { meta: false, structure: false, sections: ['a', 'b'] }, new Set(['a']));
    expect(textOf(next, 'a')).toContain('đang gõ ở đây');
    expect(textOf(next, 'b')).toContain('cửa sổ kia sửa b');
    expect([...taken]).toEqual(['b']);
    expect([...held]).toEqual(['a']);
  });

  it('a new tree from elsewhere: its parts come in, the part open on screen (and its sub-parts) keep the clerk’s text', () => {
    const local = report([section('a', 'mục a của tôi', [section('a1', 'con của tôi')]), section('b', 'b')]);
    const fresh = report([section('c', 'mới'), section('a', 'a ở kia', [section('a1', 'con ở kia')]), section('b', 'b')], { structureRevision: 2 });
    const editing = sectionIdsUnder(findSection(local.sections, 'a'));
    const { next, held } = mergeFeedChanges(local, fresh, { meta: false, structure: true, sections: [] }, editing);
    expect(next.sections.map((s) => s.id)).toEqual(['c', 'a', 'b']);
    expect(next.structureRevision).toBe(2);
    expect(textOf(next, 'a')).toContain('mục a của tôi');
    expect(textOf(next, 'a1')).toContain('con của tôi');
    expect(held.size).toBe(0);
  });

  it('the details and the sign-off state follow the stored report, a state taken back included', () => {
    const local = report([section('a', 'x')], {
      state: 'submitted',
      header: { issuingBody: 'A', number: '', symbol: 'BC-', place: '', date: null, summary: 'cũ' },
    });
    const fresh = report([section('a', 'x')], { revision: 3, header: { issuingBody: 'A', number: '', symbol: 'BC-', place: '', date: null, summary: 'mới' } });
    const { next } = mergeFeedChanges(local, fresh, { meta: true, structure: false, sections: [] }, new Set());
    expect(next.header.summary).toBe('mới');
    expect(next.revision).toBe(3);
    expect('state' in next).toBe(false);
  });

  it('a part removed elsewhere is neither taken nor held', () => {
    const local = report([section('a', 'x'), section('b', 'y')]);
    const fresh = report([section('a', 'x')]);
    const { taken, held } = mergeFeedChanges(local, fresh, { meta: false, structure: false, sections: ['b'] }, new Set(['b']));
    expect(taken.size + held.size).toBe(0);
  });
});
