// Keeps a chart that cannot be drawn for some input from blanking the calculator: the inputs and the
// key numbers stay, and the panel says what went wrong. A new input tries the panel again.
import { Component, type ReactNode } from 'react';
import { AlertIcon } from '../../ui/icons';
import { errorMessage } from '../../shared/error-message';
import { Callout } from '../../ui/Callout';

interface Props {
  /** Changes with the input; a new key clears the error. */
  resetKey: unknown;
  children: ReactNode;
}

export class PanelBoundary extends Component<Props, { error: unknown; key: unknown }> {
  override state: { error: unknown; key: unknown } = { error: null, key: this.props.resetKey };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  static getDerivedStateFromProps(props: Props, state: { error: unknown; key: unknown }) {
    return props.resetKey === state.key ? null : { error: null, key: props.resetKey };
  }

  override render() {
    if (!this.state.error) return this.props.children;
    const message = errorMessage(this.state.error);
    return (
      <Callout tone="warning" className="calc-panel-error" role="status" data-testid="panel-error">
        <AlertIcon />
        <p>The charts cannot be drawn for these inputs ({message}); the numbers above still hold.</p>
      </Callout>
    );
  }
}
