/** The list of steps on the left: every part, and a mark for filled (●) or not yet (○). */
import type { Step, StepId } from './steps';

export function StepRail({ steps, current, onSelect }: { steps: Step[]; current: StepId; onSelect: (id: StepId) => void }) {
  return (
    <nav className="step-rail" aria-label="Các bước">
      <ol>
        {steps.map((step) => (
          <li key={step.id}>
            <button
              type="button"
              className={`step ${step.id === current ? 'current' : ''}`}
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
              <span className="step-label" title={step.label}>{step.label}</span>
            </button>
            {step.children && step.children.length > 0 && (
              <ul className="step-children">
                {step.children.map((child, i) => (
                  <li key={i} className={child.filled ? 'filled' : ''} title={`${i + 1}. ${child.title}`}>
                    {i + 1}. {child.title}
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
