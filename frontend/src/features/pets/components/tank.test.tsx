import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { aPet } from '@/testing/pets';
import { stubMatchMedia } from '@/testing/test-utils';
import { Tank } from '@/features/pets/components/tank';

describe('Tank', () => {
  beforeEach(() => {
    stubMatchMedia(false);
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('shows an egg until it hatches, then cracks it open and shows the hatchling', () => {
    vi.useFakeTimers();
    const egg = aPet({ stage: 'EGG', mood: 'CONTENT' });
    const { rerender } = render(<Tank pet={egg} />);
    expect(screen.getByRole('img', { name: /still an egg/ })).toBeInTheDocument();

    rerender(<Tank pet={{ ...egg, stage: 'HATCHLING', mood: 'HAPPY' }} />);
    expect(screen.getByRole('img', { name: 'Inky is hatching!' })).toHaveAttribute(
      'data-hatching',
      'true',
    );

    act(() => {
      vi.advanceTimersByTime(2_500);
    });
    expect(
      screen.getByRole('img', { name: /Inky, a hatchling common octopus, happy/ }),
    ).toBeInTheDocument();
  });

  it('wears the mood’s skin and names it', () => {
    render(<Tank pet={aPet({ mood: 'TIRED', skin: { color: '#5c1a24', pattern: 'SOLID' } })} />);
    const octopus = screen.getByRole('img', { name: /tired: skin dark maroon/ });
    expect(octopus.getAttribute('data-skin')).toMatch(/^#[0-9a-f]{6}$/);
    expect(screen.getByText('Tired')).toBeInTheDocument();
  });

  it('turns the lights off while it sleeps, with its eyes closed', () => {
    const { container } = render(
      <Tank
        pet={aPet({
          asleep: true,
          mood: 'ASLEEP',
          skin: { color: '#e8ddd3', pattern: 'DREAM_FLASHES' },
        })}
      />,
    );
    expect(container.querySelector('.tank')).toHaveClass('tank--dark');
    expect(container.querySelector('[data-part="closed-eyes"]')).not.toBeNull();
    expect(container.querySelector('svg.tank__octopus')).toHaveAttribute(
      'data-pattern',
      'DREAM_FLASHES',
    );
  });

  it('clouds the water with ink when scared', () => {
    render(
      <Tank pet={aPet({ mood: 'SCARED', skin: { color: '#3a3347', pattern: 'FLASHING' } })} />,
    );
    expect(screen.getByTestId('ink-cloud')).toBeInTheDocument();
  });
});
