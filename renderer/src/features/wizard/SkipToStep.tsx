/**
 * The first thing Tab reaches in a report: "Bỏ qua, đến nội dung bước này" puts the caret in the
 * open step's first field, past the top bar and the list of steps. Hidden until focused. A button,
 * not a link to an anchor: the address (#/bao-cao/…) holds the open report and step.
 */
const FIELDS = 'input:not([type="hidden"]), select, textarea, [contenteditable="true"], button';

export function SkipToStep() {
  const skip = () => {
    const main = document.querySelector<HTMLElement>('.wizard main.page');
    const first = [...(main?.querySelectorAll<HTMLElement>(FIELDS) ?? [])].find((el) => !el.matches(':disabled') && el.offsetParent !== null);
    (first ?? main)?.focus();
  };
  return (
    <button type="button" className="skip-link" onClick={skip}>
      Bỏ qua, đến nội dung bước này
    </button>
  );
}
