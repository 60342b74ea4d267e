import { act, render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { useUrlState, year } from './url-state';

const spec = { from: year, to: year, year };

function Picker() {
  const [values, update] = useUrlState(spec);
  return (
    <>
      <output>{`${values.from ?? '-'}–${values.to ?? '-'}`}</output>
      <button onClick={() => update({ from: 2022 })}>from</button>
      <button onClick={() => update({ to: 2023 })}>to</button>
      <button
        onClick={() => {
          update({ from: 2021 });
          update({ to: 2024 });
        }}
      >
        both
      </button>
      <button
        onClick={() => {
          update({ from: 2025 });
          update((current) => ({ to: Math.max(current.from ?? 0, current.to ?? 0) }));
        }}
      >
        widen
      </button>
    </>
  );
}

function setup(initial: string) {
  const router = createMemoryRouter([{ path: '/units/:code', element: <Picker /> }], {
    initialEntries: [initial],
  });
  render(<RouterProvider router={router} />);
  return router;
}

const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 0)));

describe('useUrlState', () => {
  it('keeps both of two writes made before the page re-rendered (the second built on the first)', async () => {
    const router = setup('/units/109?year=2022');
    await act(async () => screen.getByText('both').click());
    await settle();
    expect(router.state.location.search).toBe('?from=2021&to=2024&year=2022');
    expect(screen.getByRole('status').textContent).toBe('2021–2024');
  });

  it('hands a function the fields as they are now, the write not yet rendered included', async () => {
    const router = setup('/units/109?from=2021&to=2022');
    await act(async () => screen.getByText('widen').click());
    await settle();
    expect(router.state.location.search).toBe('?from=2025&to=2025');
  });

  it('builds on the rendered URL once it has moved on (a later write, the back button)', async () => {
    const router = setup('/units/109?year=2022');
    await act(async () => screen.getByText('from').click());
    await settle();
    await act(async () => screen.getByText('to').click());
    await settle();
    expect(router.state.location.search).toBe('?from=2022&to=2023&year=2022');
    await act(async () => router.navigate(-2));
    await settle();
    expect(router.state.location.search).toBe('?year=2022');
    await act(async () => screen.getByText('to').click());
    await settle();
    expect(router.state.location.search).toBe('?to=2023&year=2022');
  });
});
