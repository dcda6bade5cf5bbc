// Keeps one broken screen from taking the app down: the sidebar stays usable and the message is readable.
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { isRouteErrorResponse, useRouteError } from 'react-router';
import { AlertIcon } from '../ui/icons';
import { Callout } from '../ui/Callout';

function ErrorPanel({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const message = isRouteErrorResponse(error)
    ? `${error.status} ${error.statusText}`
    : error instanceof Error
      ? error.message
      : String(error);
  return (
    <div className="page">
      <Callout tone="danger" role="alert">
        <AlertIcon />
        <div>
          <h2 style={{ fontSize: 16, marginBottom: 4 }}>This screen ran into a problem</h2>
          <p>{message}</p>
          <p className="hint" style={{ marginTop: 8 }}>
            Your saved work is safe. Choose another section in the sidebar, or try this screen again.
          </p>
          {onRetry ? (
            <button type="button" className="btn" style={{ marginTop: 12 }} onClick={onRetry}>
              Try again
            </button>
          ) : null}
        </div>
      </Callout>
    </div>
  );
}

export class ErrorBoundary extends Component<{ children: ReactNode }, { error: unknown }> {
  override state: { error: unknown } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    console.warn('Screen error', error, info.componentStack);
  }

  override render() {
    if (this.state.error) return <ErrorPanel error={this.state.error} onRetry={() => this.setState({ error: null })} />;
    return this.props.children;
  }
}

export function RouteError() {
  return <ErrorPanel error={useRouteError()} />;
}
