/** app.info: what this installation is and how its data file stands (the state waits for the start-up integrity check). */
import type { Handlers } from '../dispatcher';
import type { AppInfo } from '#shared/contract/api';
import type { DataFile } from '../data-file/data-file';

export function appHandlers(data: DataFile, info: Omit<AppInfo, 'data'>): Pick<Handlers, 'app.info'> {
  return {
    'app.info': async () => {
      await data.checked();
      return { ...info, data: data.state };
    },
  };
}
