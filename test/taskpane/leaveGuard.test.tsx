/** @jest-environment jsdom */
import { render } from '@testing-library/react';
import { createElement } from 'react';
import { useLeaveGuard } from '../../src/taskpane/preview/useLeaveGuard';

function Guard({ dirty }: { dirty: boolean }) {
  useLeaveGuard(() => dirty);
  return null;
}

function leave(): boolean {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
}

describe('useLeaveGuard', () => {
  it('asks before leaving while there is work not downloaded', () => {
    const { unmount } = render(createElement(Guard, { dirty: true }));
    expect(leave()).toBe(true);
    unmount();
    expect(leave()).toBe(false);
  });

  it('lets the page go when everything is downloaded', () => {
    render(createElement(Guard, { dirty: false }));
    expect(leave()).toBe(false);
  });
});
