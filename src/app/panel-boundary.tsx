import { Component, type ErrorInfo, type ReactNode } from 'react';
import { translate } from '../i18n/i18n';
import { useAtlasStore } from '../store/store';

interface State {
  error: Error | null;
}

/** One failing panel shows a message; the rest of the page keeps working. */
export class PanelBoundary extends Component<{ name: string; children: ReactNode }, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  componentDidCatch(error: Error, info: ErrorInfo): void {
    // Kept for developers; the user sees the message in the panel.
    console.warn(`panel ${this.props.name} failed`, error, info.componentStack);
  }

  render(): ReactNode {
    if (!this.state.error) return this.props.children;
    const lang = useAtlasStore.getState().view.lang;
    return (
      <section className="panel status status--error" role="alert">
        <p>{translate(lang, 'panelFailed', { message: this.state.error.message })}</p>
        <button type="button" className="button" onClick={() => this.setState({ error: null })}>
          {translate(lang, 'retry')}
        </button>
      </section>
    );
  }
}
