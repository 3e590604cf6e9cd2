/** Which parts with nothing in them the Word file leaves out (one rule for the export, its preview and the checklist). */
import { sectionHasContent } from './report';
import { findTemplate } from './templates';

/**
 * Whether a part with nothing in it is left out of the Word file. A report made from a template
 * leaves out the parts the clerk has not written, so numbers never skip (the export names them). A
 * report of no template — read from a Word file — writes every titled part as the file had it: a
 * form's questions, a thông tư's "17.6. Vệ sinh lao động", a blank template's headings are the
 * document's own lines, and the import promises each line back. A part with no title either has
 * nothing to write.
 */
export function leftOutWhenEmpty(kind: string | undefined, section: Parameters<typeof sectionHasContent>[0] & { title: string }): boolean {
  if (sectionHasContent(section)) return false;
  return section.title.trim() === '' || (kind !== undefined && findTemplate(kind) !== undefined);
}
