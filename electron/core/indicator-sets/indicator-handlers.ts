/** Handlers for indicatorSets.*: the Bộ chỉ tiêu screen's back end. */
import type { Handlers } from '../dispatcher';
import type { IndicatorSetStore } from '../stores/indicator-set-store';

export function indicatorHandlers(sets: IndicatorSetStore): Pick<Handlers, 'indicatorSets.list' | 'indicatorSets.save' | 'indicatorSets.delete'> {
  return {
    'indicatorSets.list': () => sets.list(),
    'indicatorSets.save': ({ id, set }) => sets.save(id, set),
    'indicatorSets.delete': async ({ id }) => {
      await sets.delete(id);
      return null;
    },
  };
}
