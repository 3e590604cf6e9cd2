/** dictionary.*: "Từ điển riêng của đơn vị" (stores/dictionary-store.ts keeps its rules). */
import type { Handlers } from '../dispatcher';
import { AppError } from '#shared/contract/errors';
import { cleanLine } from '#shared/text/sanitize';
import { organizationMessages } from '#shared/messages/organization';
import type { DictionaryStore } from '../stores/dictionary-store';

export function dictionaryHandlers(dictionary: DictionaryStore): Pick<Handlers, 'dictionary.list' | 'dictionary.add' | 'dictionary.remove'> {
  return {
    'dictionary.list': () => dictionary.list(),
    'dictionary.add': async ({ word }) => {
      const clean = cleanLine(word).normalize('NFC');
      if (clean === '') throw new AppError('validation', organizationMessages.emptyDictionaryWord);
      await dictionary.add(clean);
      return dictionary.list();
    },
    'dictionary.remove': async ({ word }) => {
      await dictionary.remove(cleanLine(word).normalize('NFC'));
      return dictionary.list();
    },
  };
}
