/**
 * "Từ điển riêng của đơn vị": the words and names the spell checker accepts, kept with the unit's
 * data. An entry keeps the case it was typed in and may be several words ("Bắc Bình", "Ea
 * H'leo"); entries equal but for case are one entry (the newest spelling).
 */
import type { Sql } from '../db/sql';
import type { StoreDeps } from './store-deps';

export class DictionaryStore {
  constructor(private readonly deps: StoreDeps) {}

  async list(): Promise<string[]> {
    return (await this.deps.sql.all<{ word: string }>('SELECT word FROM personal_dictionary ORDER BY word')).map((r) => r.word);
  }

  /** Adds a word, in place of any entry equal to it but for case. */
  async add(word: string): Promise<void> {
    await this.deps.sql.transaction(async (sql) => {
      await removeIgnoringCase(sql, word);
      await sql.run('INSERT INTO personal_dictionary (word, added_at) VALUES (?, ?)', [word, this.deps.now()]);
    });
  }

  async remove(word: string): Promise<void> {
    await this.deps.sql.transaction((sql) => removeIgnoringCase(sql, word));
  }
}

async function removeIgnoringCase(sql: Sql, word: string): Promise<void> {
  const key = word.toLocaleLowerCase('vi-VN');
  for (const row of await sql.all<{ word: string }>('SELECT word FROM personal_dictionary'))
    if (row.word.toLocaleLowerCase('vi-VN') === key) await sql.run('DELETE FROM personal_dictionary WHERE word = ?', [row.word]);
}
