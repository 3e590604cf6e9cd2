/**
 * The list of steps on the left: every part, and a mark for filled (●) or not yet (○).
 * For the keyboard it is one Tab stop (the current step), and the arrows, Home and End move
 * between its entries — a report has twenty of them, which would stand between Tab and the
 * step's first field.
 */
import type { KeyboardEvent } from 'react';
import type { Step, StepId } from './steps';

const RAIL_KEYS: Record<string, (at: number, count: number) => number> = {
  ArrowDown: (at, count) => Math.min(at + 1, count - 1),
  ArrowUp: (at) => Math.max(at - 1, 0),
  Home: () => 0,
  End: (_at, count) => count - 1,
};

function moveInRail(e: KeyboardEvent<HTMLButtonElement>): void {
  const move = RAIL_KEYS[e.key];
  const rail = e.currentTarget.closest('nav');
  if (!move || !rail) return;
  const entries = [...rail.querySelectorAll<HTMLButtonElement>('button')];
  const at = entries.indexOf(e.currentTarget);
  if (at < 0) return;
  e.preventDefault();
  entries[move(at, entries.length)]?.focus();
}

export function StepRail({ steps, current, onSelect }: { steps: Step[]; current: StepId; onSelect: (id: StepId) => void }) {
  // A sub-item opens its part and brings the sub-item's card into view, its title ready to edit.
  const openChild = (stepId: StepId, childId: string) => {
    onSelect(stepId);
    // The part's page renders after this click: look for the card for a few frames.
    const reveal = (tries: number) => {
      const card = document.querySelector<HTMLElement>(`[data-section-id="${CSS.escape(childId)}"]`);
      if (!card) {
        if (tries > 0) requestAnimationFrame(() => reveal(tries - 1));
        return;
      }
      card.scrollIntoView({ block: 'start' });
      card.querySelector<HTMLInputElement>('.title-input')?.focus({ preventScroll: true });
    };
    requestAnimationFrame(() => reveal(20));
  };
  // The one Tab stop: the open step, or the first when the open one is not listed.
  const tabStop = steps.some((s) => s.id === current) ? current : steps[0]?.id;
  return (
    <nav className="step-rail" aria-label="Các bước">
      <ol>
        {steps.map((step) => (
          <li key={step.id}>
            <button
              type="button"
              className={`step ${step.id === current ? 'current' : ''}`}
              tabIndex={step.id === tabStop ? 0 : -1}
              onKeyDown={moveInRail}
              aria-current={step.id === current ? 'step' : undefined}
              data-filled={step.id === 'export' || step.id === 'appendices' || step.id === 'preview' ? undefined : step.filled ? 'yes' : 'no'}
              onClick={() => onSelect(step.id)}
            >
              {step.id !== 'export' && step.id !== 'appendices' && step.id !== 'preview' && (
                <span className={`mark ${step.filled ? 'filled' : ''}`} aria-label={step.filled ? 'đã có nội dung' : 'chưa có nội dung'}>
                  {step.filled ? '●' : '○'}
                </span>
              )}
              {/* Long titles are shortened to two lines; the whole title shows on hover. */}
              <span className="step-label" title={step.label}>
                {step.label}
              </span>
            </button>
            {step.children && step.children.length > 0 && (
              <ul className="step-children">
                {step.children.map((child, i) => (
                  <li key={child.id} className={child.filled ? 'filled' : ''} title={`${i + 1}. ${child.title}`}>
                    <button type="button" className="step-child" tabIndex={-1} onKeyDown={moveInRail} onClick={() => openChild(step.id, child.id)}>
                      {i + 1}. {child.title}
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
