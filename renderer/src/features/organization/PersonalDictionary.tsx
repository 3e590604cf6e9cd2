/**
 * The words the clerk told the spell checker to accept ("Đúng, thêm vào từ điển"): listed here,
 * each can be taken back, and a name can be added before it is ever flagged.
 */
import { useEffect, useState, type FormEvent } from 'react';
import { api, errorMessage } from '../../api/client';
import { ErrorBanner } from '../common/ErrorBanner';

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
      <p className="hint">Tên riêng, tên địa phương, từ viết tắt mà phần soát chính tả không được báo lỗi. Mỗi lần một từ (không có dấu cách).</p>
      <form className="row-actions" onSubmit={(e) => void add(e)}>
        <input aria-label="Từ cần thêm" value={word} placeholder="Ví dụ: Pleiku" onChange={(e) => setWord(e.target.value)} style={{ maxWidth: '18rem' }} />
        <button type="submit" className="small">Thêm từ</button>
      </form>
      <ErrorBanner message={error} />
      {words && words.length === 0 && <p className="muted">Chưa có từ nào.</p>}
      {words && words.length > 0 && (
        <ul className="dictionary-words" aria-label="Các từ trong từ điển riêng">
          {words.map((w) => (
            <li key={w}>
              {w}{' '}
              <button type="button" className="icon-button danger" aria-label={`Bỏ “${w}” khỏi từ điển`} title="Bỏ khỏi từ điển" onClick={() => void run(() => api('dictionary.remove', { word: w }))}>
                ✕
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
