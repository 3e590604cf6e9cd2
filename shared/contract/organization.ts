/** organization.*: "Đơn vị của tôi". */
import { z } from 'zod';
import type { Organization } from '../domain/organization';
import { PROFILE_IDS } from '../domain/vocabulary';
import { signatureSchema } from '../report-format/schema';
import { returns, line, type ApiEntry } from './entry';

export const organizationApi = {
  /** "Đơn vị của tôi", or null before it has been set up. */
  'organization.get': { readOnly: true, args: z.strictObject({}), result: returns<Organization | null>() },
  /** Saves "Đơn vị của tôi"; new reports start from it. */
  'organization.save': {
    readOnly: false,
    args: z.strictObject({
      profile: z.enum(PROFILE_IDS),
      parentBody: line(),
      issuingBody: line(),
      symbol: line(100),
      place: line(200),
      signature: signatureSchema,
      recipients: z.array(line()).max(500),
      toneStyle: z.enum(['new', 'old']).optional(),
      iyStyle: z.enum(['i', 'y']).optional(),
      inSentenceName: line().optional(),
    }),
    result: returns<Organization>(),
  },
} as const satisfies Record<`organization.${string}`, ApiEntry>;
