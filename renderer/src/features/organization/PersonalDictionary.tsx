/**
 * "Từ điển riêng của đơn vị": the words and names the clerk told the spell checker to accept
 * (one name everywhere in the app), listed here; each can be taken back, and a name of several
 * words ("Bắc Bình") can be added, with its capitals, before it is ever flagged.
 */
import { useEffect, useState, type FormEvent } from 'react';
import { api, errorMessage } from '../../api/client';
import { Status } from '../common/Status';

export function PersonalDictionary() {
  const [words, setWords] = useState<string[] | null>(null);
  const [word, setWord] = useState('');
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    api('dictionary.list', {}).then(setWords, (e: unknown) => setError(errorMessage(e)));
  }, []);

  const run = async (call: () => Promise<string[]>) => {
    setError(null);
    try {
      setWords(await call());
      return true;
    } catch (e) {
      setError(errorMessage(e));
      return false;
    }
  };

  async function add(event: FormEvent) {
    event.preventDefault();
    if (word.trim() === '') return;
    if (await run(() => api('dictionary.add', { word }))) setWord('');
  }

  return (
    <section className="card" aria-labelledby="dictionary-title">
      <h2 id="dictionary-title">Từ điển riêng của đơn vị</h2>
      <p className="hint">
        Tên riêng, tên địa phương, từ viết tắt mà phần soát chính tả không được báo lỗi; có thể là một cụm nhiều chữ, giữ nguyên chữ hoa (ví dụ “Bắc Bình”).
      </p>
      <form className="row-actions" onSubmit={(e) => void add(e)}>
        <input
          aria-label="Từ hoặc tên cần thêm"
          value={word}
          placeholder="Ví dụ: Bắc Bình"
          onChange={(e) => setWord(e.target.value)}
          style={{ maxWidth: '18rem' }}
        />
        <button type="submit" className="small">
          Thêm vào từ điển riêng
        </button>
      </form>
      <Status kind="error" message={error} />
      {words && words.length === 0 && <p className="muted">Chưa có từ nào.</p>}
      {words && words.length > 0 && (
        <ul className="dictionary-words" aria-label="Các từ trong từ điển riêng">
          {words.map((w) => (
            <li key={w}>
              {w}{' '}
              <button
                type="button"
                className="icon-button danger"
                aria-label={`Bỏ “${w}” khỏi từ điển riêng của đơn vị`}
                title="Bỏ khỏi từ điển riêng của đơn vị"
                onClick={() => void run(() => api('dictionary.remove', { word: w }))}
              >
                ✕
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
