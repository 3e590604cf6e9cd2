/**
 * dictionary.*: "Từ điển riêng của đơn vị", the words and names the spell checker accepts, kept
 * with the unit's data. An entry keeps the case it was typed in and may be several words
 * ("Bắc Bình", "Ea H'leo"); entries equal but for case are one entry (the newest spelling).
 */
import type { Database } from 'better-sqlite3';
import type { Handlers } from '../dispatcher';
import { AppError } from '#shared/contract/errors';
import { cleanLine } from '#shared/text/sanitize';
import { inWriteTransaction } from '../db/write-transaction';
import { organizationMessages } from '#shared/messages/organization';

export function dictionaryHandlers(db: Database, now: () => string): Pick<Handlers, 'dictionary.list' | 'dictionary.add' | 'dictionary.remove'> {
  const removeIgnoringCase = (word: string) => {
    const key = word.toLocaleLowerCase('vi-VN');
    const rows = db.prepare('SELECT word FROM personal_dictionary').all() as { word: string }[];
    const remove = db.prepare('DELETE FROM personal_dictionary WHERE word = ?');
    for (const row of rows) if (row.word.toLocaleLowerCase('vi-VN') === key) remove.run(row.word);
  };
  const list = () => (db.prepare('SELECT word FROM personal_dictionary ORDER BY word').all() as { word: string }[]).map((r) => r.word);
  return {
    'dictionary.list': list,
    'dictionary.add': ({ word }) => {
      const clean = cleanLine(word).normalize('NFC');
      if (clean === '') throw new AppError('validation', organizationMessages.emptyDictionaryWord);
      inWriteTransaction(db, () => {
        removeIgnoringCase(clean);
        db.prepare('INSERT INTO personal_dictionary (word, added_at) VALUES (?, ?)').run(clean, now());
      });
      return list();
    },
    'dictionary.remove': ({ word }) => {
      removeIgnoringCase(cleanLine(word).normalize('NFC'));
      return list();
    },
  };
}
