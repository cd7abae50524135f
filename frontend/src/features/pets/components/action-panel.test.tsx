import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { aPet } from '@/testing/pets';
import { ActionPanel } from '@/features/pets/components/action-panel';

describe('ActionPanel', () => {
  it('feeds the chosen food', async () => {
    const onAct = vi.fn();
    render(
      <ActionPanel pet={aPet({ needs: { satiety: 40 } })} pending={undefined} onAct={onAct} />,
    );

    await userEvent.click(screen.getByRole('button', { name: /clam/i }));

    expect(onAct).toHaveBeenCalledWith({ type: 'FEED', item: 'CLAM' });
  });

  it('keeps a refused action focusable, says why, and does not send it', async () => {
    const onAct = vi.fn();
    render(
      <ActionPanel pet={aPet({ needs: { satiety: 97 } })} pending={undefined} onAct={onAct} />,
    );

    const shrimp = screen.getByRole('button', { name: /shrimp/i });
    expect(shrimp).toHaveAttribute('aria-disabled', 'true');
    expect(shrimp).toHaveAccessibleDescription('Inky is not hungry right now.');
    await userEvent.click(shrimp);
    expect(onAct).not.toHaveBeenCalled();
  });

  it('offers tricks only to juveniles and up, and marks the known ones', async () => {
    const { rerender } = render(
      <ActionPanel pet={aPet({ stage: 'HATCHLING' })} pending={undefined} onAct={vi.fn()} />,
    );
    await userEvent.click(screen.getByRole('tab', { name: /Train/ }));
    expect(screen.getByRole('button', { name: /spin/i })).toHaveAccessibleDescription(
      'Inky is too young for that.',
    );

    rerender(<ActionPanel pet={aPet({ tricks: ['SPIN'] })} pending={undefined} onAct={vi.fn()} />);
    expect(screen.getByRole('button', { name: /spin ✓/i })).toHaveAccessibleDescription(
      'Inky already knows that trick.',
    );
    expect(screen.getByRole('button', { name: /wave/i })).toHaveAttribute('aria-disabled', 'false');
  });

  it('moves between kinds of care with the arrow keys', async () => {
    render(<ActionPanel pet={aPet()} pending={undefined} onAct={vi.fn()} />);

    screen.getByRole('tab', { name: /Feed/ }).focus();
    await userEvent.keyboard('{ArrowRight}');

    expect(screen.getByRole('tab', { name: /Play/ })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('tab', { name: /Play/ })).toHaveFocus();
    expect(screen.getByRole('button', { name: /ball/i })).toBeInTheDocument();
  });

  it('shows lights on for a sleeper, and waits while an action is on its way', async () => {
    const onAct = vi.fn();
    render(
      <ActionPanel
        pet={aPet({ asleep: true, mood: 'ASLEEP' })}
        pending={{ type: 'CLEAN' }}
        onAct={onAct}
      />,
    );
    await userEvent.click(screen.getByRole('tab', { name: /Care/ }));

    expect(screen.getByRole('button', { name: /lights on/i })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    await userEvent.click(screen.getByRole('button', { name: /lights on/i }));
    expect(onAct).not.toHaveBeenCalled();
  });
});
