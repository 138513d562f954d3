/**
 * A part of the page whose code loads lazily (or the whole app): shown once its code arrives. If the code
 * cannot be loaded (a chunk that 404s in a tab opened before a new version was published) or the part
 * fails, it is left out and the status line offers a reload: never a blank page. It says so with a DOM
 * event (`itinerary:part-missing`), which src/app/service-worker.ts hears (components know nothing of the app).
 */
import { Component, Suspense, type ReactNode } from 'react';

interface PartProps {
  readonly children: ReactNode;
  /** Shown while the code loads. */
  readonly fallback?: ReactNode;
}

export class Part extends Component<PartProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(): void {
    window.dispatchEvent(new Event('itinerary:part-missing'));
  }

  override render(): ReactNode {
    return this.state.failed ? null : <Suspense fallback={this.props.fallback ?? null}>{this.props.children}</Suspense>;
  }
}
