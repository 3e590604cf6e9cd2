/** organization.get / organization.save. */
import type { Handlers } from '../dispatcher';
import { cleanSignature } from '#shared/report-format/clean-report';
import { cleanLine } from '#shared/text/sanitize';
import type { OrganizationStore } from '../stores/organization-store';

export function organizationHandlers(store: OrganizationStore): Pick<Handlers, 'organization.get' | 'organization.save'> {
  return {
    'organization.get': () => store.get(),
    'organization.save': (org) =>
      store.save({
        profile: org.profile,
        parentBody: cleanLine(org.parentBody),
        issuingBody: cleanLine(org.issuingBody),
        symbol: cleanLine(org.symbol),
        place: cleanLine(org.place),
        signature: cleanSignature(org.signature),
        recipients: org.recipients.map(cleanLine).filter((r) => r !== ''),
        toneStyle: org.toneStyle ?? 'new',
        ...(org.iyStyle ? { iyStyle: org.iyStyle } : {}),
        ...(org.inSentenceName !== undefined && cleanLine(org.inSentenceName) !== '' ? { inSentenceName: cleanLine(org.inSentenceName) } : {}),
      }),
  };
}
