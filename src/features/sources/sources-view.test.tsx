import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
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
    const items = [...list!.children];
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
    const first = (
      await screen.findByText(sources.sources[0]!.short, { selector: 'strong' })
    ).closest('li')!;
    const number = first.querySelector('.sources-list__n')!;
    expect(number.textContent).toBe('1.');
    expect(number.getAttribute('aria-hidden')).toBe('true');
  });

  it('renders as usual when the address has a malformed link to a source', async () => {
    window.location.hash = '#source-%E0';
    try {
      renderWithData(<SourcesView />, shipped);
      expect(
        await screen.findByText(sources.sources[0]!.short, { selector: 'strong' }),
      ).toBeTruthy();
      expect(window.location.hash).toBe('#source-%E0');
    } finally {
      window.location.hash = '';
    }
  });

  it('lists the passages quoted from each document, each with a citation to copy', async () => {
    const user = userEvent.setup();
    renderWithData(<SourcesView />, shipped);
    const jssa = (await screen.findByText('JSSA 2025', { selector: 'strong' })).closest('li')!;
    await user.click(within(jssa).getByText(/^Passages quoted on this dashboard \(\d+\)$/));
    const table2 = within(jssa)
      .getByText(/^Table 2$/)
      .closest('li')!;
    expect(within(table2).getByText(/^“2024 1,400,000 -1.4% KP: 60%/).textContent).toMatch(
      /^“.*”$/,
    );
    await user.click(within(table2).getByRole('button', { name: /^Copy citation/ }));
    expect(within(table2).getByRole('status').textContent).toBe('Citation copied');
    const citation = sources.sources.find((s) => s.id === 'jssa-2025')!.citation;
    expect(await navigator.clipboard.readText()).toBe(
      `${citation} Table 2: “2024 1,400,000 -1.4% KP: 60%, Punjab: 20%, Balochistan: 15%” ` +
        `Seen in the Pakistan–Afghanistan relations briefing dashboard: ${window.location.href}`,
    );
  });
});
