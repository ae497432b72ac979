import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { loadShipped } from '@/data/test-fixtures';
import { renderWithData } from '@/test/render-panel';
import { SourcesView } from './sources-view';

// Every shipped dataset in the cache: the data checks below the list read them all, and none
// may be fetched (there is no server in unit tests).
const shipped = loadShipped();
const { sources } = shipped;

describe('SourcesView', () => {
  it('lists every source in order, numbered, with the id a citation link points to', async () => {
    renderWithData(<SourcesView />, shipped);
    const [list] = await screen.findAllByRole('list');
    expect(list!.tagName).toBe('OL');
    const items = within(list!).getAllByRole('listitem');
    expect(items).toHaveLength(sources.sources.length);
    sources.sources.forEach((s, i) => {
      const item = items[i]!;
      expect(item.id).toBe(`source-${s.id}`);
      expect(item.textContent?.startsWith(`${i + 1}.${s.short}`)).toBe(true);
      expect(item.textContent).toContain(s.citation);
    });
    expect(
      await screen.findByText(/All consistency checks pass on the \d+ datasets loaded/),
    ).toBeTruthy();
  });

  it('numbers the items in the markup, not as list markers', async () => {
    renderWithData(<SourcesView />, shipped);
    const first = (await screen.findByText(sources.sources[0]!.short)).closest('li')!;
    const number = first.querySelector('.sources-list__n')!;
    expect(number.textContent).toBe('1.');
    expect(number.getAttribute('aria-hidden')).toBe('true');
  });

  it('renders as usual when the address has a malformed link to a source', async () => {
    window.location.hash = '#source-%E0';
    try {
      renderWithData(<SourcesView />, shipped);
      expect(await screen.findByText(sources.sources[0]!.short)).toBeTruthy();
      expect(window.location.hash).toBe('#source-%E0');
    } finally {
      window.location.hash = '';
    }
  });
});
