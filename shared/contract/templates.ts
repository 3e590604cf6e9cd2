/** templates.*: what a new report starts from (built in, or the unit's own). */
import { z } from 'zod';
import { returns, id, line, type ApiEntry } from './entry';

export interface TemplateInfo {
  id: string;
  name: string;
  description: string;
  periodExample: string;
  outline: string[];
  /** The unit's own template (can be deleted). */
  own?: boolean;
}

export const templatesApi = {
  /** The templates a new report can start from. */
  'templates.list': { readOnly: true, args: z.strictObject({}), result: returns<TemplateInfo[]>() },
  /** Saves a report's outline (no content) as the unit's own template. Errors: not_found, validation. */
  'templates.saveFromReport': { readOnly: false, args: z.strictObject({ reportId: id, name: line(200) }), result: returns<TemplateInfo>() },
  /** Deletes one of the unit's own templates. Errors: not_found. */
  'templates.delete': { readOnly: false, args: z.strictObject({ id: line(100) }), result: returns<null>() },
} as const satisfies Record<`templates.${string}`, ApiEntry>;
