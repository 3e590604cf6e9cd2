/**
 * A safety net for a screen or a part that fails to draw: a plain Vietnamese message and a way
 * on, instead of a blank window. What was saved stays in the database; only the drawing failed.
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** What failed, in the clerk's words: "phần này", "màn hình này". */
  what: string;
  children: ReactNode;
}

export class ErrorBoundary extends Component<Props, { error: Error | null }> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(error, info.componentStack);
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div className="error-banner boundary" role="alert">
        <p>Không hiển thị được {this.props.what}. Nội dung đã lưu vẫn còn nguyên. Hãy bấm “Thử lại”; nếu vẫn lỗi, đóng rồi mở lại báo cáo.</p>
        <button type="button" className="small" onClick={() => this.setState({ error: null })}>
          Thử lại
        </button>
        <details>
          <summary>Chi tiết kỹ thuật (gửi cho cán bộ tin học)</summary>
          <pre>{error.message}</pre>
        </details>
      </div>
    );
  }
}
