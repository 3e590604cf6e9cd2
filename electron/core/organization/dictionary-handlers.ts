/** dictionary.*: the personal dictionary of the spell checker, kept with the unit's data. */
import type { Database } from 'better-sqlite3';
import type { Handlers } from '../dispatcher';
import { AppError } from '../../../shared/contract/errors';
import { cleanLine } from '../../../shared/text/sanitize';

export function dictionaryHandlers(db: Database, now: () => string): Pick<Handlers, 'dictionary.list' | 'dictionary.add' | 'dictionary.remove'> {
  const list = () => (db.prepare('SELECT word FROM personal_dictionary ORDER BY word').all() as { word: string }[]).map((r) => r.word);
  return {
    'dictionary.list': list,
    'dictionary.add': ({ word }) => {
      const clean = cleanLine(word).toLocaleLowerCase('vi-VN');
      if (clean === '' || /\s/.test(clean)) throw new AppError('validation', 'Từ điển cá nhân nhận từng từ một (không có dấu cách).');
      db.prepare('INSERT OR IGNORE INTO personal_dictionary (word, added_at) VALUES (?, ?)').run(clean, now());
      return list();
    },
    'dictionary.remove': ({ word }) => {
      db.prepare('DELETE FROM personal_dictionary WHERE word = ?').run(cleanLine(word).toLocaleLowerCase('vi-VN'));
      return list();
    },
  };
}
