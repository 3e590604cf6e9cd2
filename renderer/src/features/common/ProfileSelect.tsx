/** The thể thức picker, used when creating a report and in its header step. */
import type { ProfileId } from '#shared/domain/vocabulary';
import { PROFILE_CHOICES } from './profile-labels';

export function ProfileSelect({ value, onChange }: { value: ProfileId; onChange: (profile: ProfileId) => void }) {
  return (
    <label className="field wide">
      <span>Thể thức trình bày</span>
      <select value={value} onChange={(e) => onChange(e.target.value as ProfileId)}>
        {PROFILE_CHOICES.map((p) => (
          <option key={p.id} value={p.id}>
            {p.label}
          </option>
        ))}
      </select>
    </label>
  );
}
