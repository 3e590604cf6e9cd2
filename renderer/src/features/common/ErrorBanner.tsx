/** A Vietnamese error message the clerk can read and dismiss; it says what to do next. */
export function ErrorBanner({ message, onClose }: { message: string | null; onClose?: () => void }) {
  if (!message) return null;
  return (
    <div className="error-banner" role="alert">
      <span style={{ whiteSpace: 'pre-wrap' }}>{message}</span>
      {onClose && (
        <button type="button" className="link-button" onClick={onClose}>
          Đóng
        </button>
      )}
    </div>
  );
}
