/** Every indicator of the unit's Bộ chỉ tiêu (all sets), read once per screen; codes repeated across sets appear once. */
import { useEffect, useState } from 'react';
import type { IndicatorDefinition } from '#shared/domain/indicator-set';
import { api } from '../../../api/client';

export function useIndicatorDefinitions(): IndicatorDefinition[] {
  const [definitions, setDefinitions] = useState<IndicatorDefinition[]>([]);
  useEffect(() => {
    let live = true;
    api('indicatorSets.list', {}).then(
      (sets) => {
        if (!live) return;
        const seen = new Map<string, IndicatorDefinition>();
        for (const s of sets) for (const d of s.set.indicators) if (!seen.has(d.code)) seen.set(d.code, d);
        setDefinitions([...seen.values()]);
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  return definitions;
}
