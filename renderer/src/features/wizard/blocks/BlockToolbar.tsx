/** Move and delete buttons beside each block. */
export function BlockToolbar({
  index,
  count,
  onMove,
  onRemove,
  what,
}: {
  index: number;
  count: number;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
  what: string;
}) {
  return (
    <div className="block-tools">
      <button type="button" className="icon-button" title={`Đưa ${what} lên`} aria-label={`Đưa ${what} lên`} disabled={index === 0} onClick={() => onMove(-1)}>
        ↑
      </button>
      <button
        type="button"
        className="icon-button"
        title={`Đưa ${what} xuống`}
        aria-label={`Đưa ${what} xuống`}
        disabled={index === count - 1}
        onClick={() => onMove(1)}
      >
        ↓
      </button>
      <button type="button" className="icon-button danger" title={`Xóa ${what}`} aria-label={`Xóa ${what}`} onClick={onRemove}>
        ✕
      </button>
    </div>
  );
}
