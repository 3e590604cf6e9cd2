/** Names and signing words the clerk sees for each profile. */
import type { Authority, ProfileId } from '#shared/domain/vocabulary';
import { LAYOUT_PROFILES } from '#shared/the-thuc/profiles';

export const PROFILE_CHOICES: { id: ProfileId; label: string }[] = (Object.keys(LAYOUT_PROFILES) as ProfileId[]).map((id) => ({
  id,
  label: LAYOUT_PROFILES[id].label,
}));

/** The authority choices a profile allows, written as that profile writes them. */
export function authorityChoices(profile: ProfileId): { value: Authority; label: string }[] {
  const labels = LAYOUT_PROFILES[profile].authorityLabels;
  const named: Record<Exclude<Authority, ''>, string> = {
    'TM.': 'thay mặt tập thể',
    'KT.': 'cấp phó ký thay người đứng đầu',
    'Q.': 'quyền',
    'TL.': 'thừa lệnh',
    'TUQ.': 'thừa ủy quyền',
  };
  const choices: { value: Authority; label: string }[] = [{ value: '', label: '(không có — người đứng đầu ký)' }];
  for (const key of Object.keys(named) as Exclude<Authority, ''>[]) {
    const written = labels[key];
    if (written !== null) choices.push({ value: key, label: `${written} (${named[key]})` });
  }
  return choices;
}
