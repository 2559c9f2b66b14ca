import { Component, type ErrorInfo, type ReactNode } from 'react';
import { log } from '../logger';
import { describeError, type UserError } from '../services/errors';
import { ErrorNotice } from './ErrorNotice';

export interface ErrorBoundaryProps {
  children: ReactNode;
}

interface State {
  error: UserError | null;
}

/**
 * Catches a rendering fault below it and shows it with Retry (which renders
 * the wizard afresh, reloading the saved draft) instead of a blank pane.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: describeError(error) };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    log.error('The task pane failed to render', { error, componentStack: info.componentStack });
  }

  override render(): ReactNode {
    if (!this.state.error) return this.props.children;
    return <ErrorNotice error={this.state.error} onRetry={() => this.setState({ error: null })} />;
  }
}
