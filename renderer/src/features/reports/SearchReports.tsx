/**
 * "Tìm trong các báo cáo": words with or without diacritics ("dau tu" finds "đầu tư"), hits
 * grouped by report with the part and the words around them; a hit opens the report at its
 * part. Filters: year, loại báo cáo, thể thức, kỳ. While the index is still being built (first
 * search after an upgrade or a restore) it says how far it is and asks again.
 */
import { useEffect, useState } from 'react';
import type { SearchHit, SearchResult } from '#shared/contract/search';
import { PROFILE_IDS, type ProfileId } from '#shared/domain/vocabulary';
import { getLayoutProfile } from '#shared/the-thuc/profiles';
import { REPORT_TEMPLATES } from '#shared/domain/templates';
import { api, errorMessage } from '../../api/client';
import { Status } from '../common/Status';

/** Searching waits for a pause in typing (the query runs on the whole library). */
const PAUSE_MS = 250;

function Snippet({ hit }: { hit: SearchHit }) {
  const [start, end] = hit.highlight;
  return (
    <span className="snippet">
      {hit.snippet.slice(0, start)}
      <mark>{hit.snippet.slice(start, end)}</mark>
      {hit.snippet.slice(end)}
    </span>
  );
}

export function SearchReports({ onOpen }: { onOpen: (reportId: string, step?: string) => void }) {
  const [query, setQuery] = useState('');
  const [year, setYear] = useState('');
  const [kind, setKind] = useState('');
  const [profile, setProfile] = useState<ProfileId | ''>('');
  const [period, setPeriod] = useState('');
  const [result, setResult] = useState<SearchResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Asked again while the index is being built, until it is complete.
  const [round, setRound] = useState(0);
  const hits = result?.hits ?? null;

  useEffect(() => {
    if (query.trim() === '') return;
    let stale = false;
    const timer = setTimeout(() => {
      const filters = {
        ...(/^\d{4}$/.test(year) ? { year: Number(year) } : {}),
        ...(kind ? { kind } : {}),
        ...(profile ? { profile } : {}),
        ...(period.trim() ? { period: period.trim() } : {}),
      };
      api('library.search', { query: query.trim(), ...filters }).then(
        (found) => {
          if (stale) return;
          setResult(found);
          setError(null);
          if (found.indexing) setTimeout(() => setRound((n) => n + 1), 500);
        },
        (e: unknown) => setError(errorMessage(e)),
      );
    }, PAUSE_MS);
    return () => {
      stale = true;
      clearTimeout(timer);
    };
  }, [query, year, kind, profile, period, round]);

  const groups = new Map<string, SearchHit[]>();
  for (const hit of hits ?? []) groups.set(hit.reportId, [...(groups.get(hit.reportId) ?? []), hit]);

  return (
    <section className="search" aria-label="Tìm trong các báo cáo">
      <div className="search-bar">
        <input
          type="search"
          aria-label="Tìm trong các báo cáo"
          placeholder="Tìm trong các báo cáo (gõ có dấu hay không dấu đều được)…"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
        <input
          className="year"
          aria-label="Lọc theo năm"
          placeholder="Năm"
          inputMode="numeric"
          value={year}
          onChange={(e) => setYear(e.target.value.replace(/\D/g, '').slice(0, 4))}
        />
        <select aria-label="Lọc theo loại báo cáo" value={kind} onChange={(e) => setKind(e.target.value)}>
          <option value="">Mọi loại báo cáo</option>
          {REPORT_TEMPLATES.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </select>
        <input className="period" aria-label="Lọc theo kỳ" placeholder="Kỳ (quý II, 6 tháng…)" value={period} onChange={(e) => setPeriod(e.target.value)} />
        <select aria-label="Lọc theo thể thức" value={profile} onChange={(e) => setProfile(e.target.value as ProfileId | '')}>
          <option value="">Mọi thể thức</option>
          {PROFILE_IDS.map((p) => (
            <option key={p} value={p}>
              {getLayoutProfile(p).label}
            </option>
          ))}
        </select>
      </div>
      <Status kind="error" message={error} />
      {result?.indexing && query.trim() !== '' && (
        <p className="hint" role="status">
          Đang lập chỉ mục tìm kiếm ({result.indexing.indexed.toLocaleString('vi-VN')}/{result.indexing.total.toLocaleString('vi-VN')} báo cáo): kết quả chưa
          đủ, sẽ tự cập nhật.
        </p>
      )}
      {hits !== null && query.trim() !== '' && (
        <div role="region" aria-label="Kết quả tìm kiếm">
          {hits.length === 0 ? (
            <p className="empty">Không tìm thấy “{query.trim()}”.</p>
          ) : (
            [...groups.values()].map((group) => (
              <article key={group[0]!.reportId} className="search-group">
                <h3>
                  {group[0]!.title || '(chưa có trích yếu)'} <small>{group[0]!.period}</small>
                  {group[0]!.archived && <small className="tag"> Lưu trữ</small>}
                </h3>
                <ul>
                  {group.map((hit, i) => (
                    <li key={i}>
                      <button
                        type="button"
                        className="link-button"
                        onClick={() => onOpen(hit.reportId, hit.stepSectionId ? `section:${hit.stepSectionId}` : 'header')}
                      >
                        {hit.part}
                      </button>
                      : <Snippet hit={hit} />
                    </li>
                  ))}
                </ul>
              </article>
            ))
          )}
        </div>
      )}
    </section>
  );
}
