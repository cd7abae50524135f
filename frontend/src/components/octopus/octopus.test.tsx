import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Octopus } from '@/components/octopus/octopus';
import { stubMatchMedia } from '@/testing/test-utils';

describe('Octopus', () => {
  it('is an image with a name and exactly eight arms', () => {
    stubMatchMedia(false);

    render(<Octopus label="Inky, waving" />);

    const octopus = screen.getByRole('img', { name: 'Inky, waving' });
    expect(octopus.querySelectorAll('[data-part="arm"]')).toHaveLength(8);
    for (const arm of octopus.querySelectorAll('[data-part="arm"] > path')) {
      expect(arm.getAttribute('d')).toMatch(/^M[\d. L]+Z$/);
    }
  });

  it('breathes and sways when the user has no motion preference', () => {
    stubMatchMedia(false);

    render(<Octopus />);

    const octopus = screen.getByRole('img');
    expect(octopus).toHaveClass('octopus--animated');
    expect(octopus).toHaveAttribute('data-motion', 'full');
  });

  it('holds still when the user prefers reduced motion, still with eight arms', () => {
    stubMatchMedia(true);

    render(<Octopus />);

    const octopus = screen.getByRole('img');
    expect(octopus).not.toHaveClass('octopus--animated');
    expect(octopus).toHaveAttribute('data-motion', 'reduced');
    expect(octopus.querySelectorAll('[data-part="arm"]')).toHaveLength(8);
  });

  it('stops moving as soon as the preference changes', () => {
    const media = stubMatchMedia(false);
    render(<Octopus />);

    act(() => {
      media.setMatches(true);
    });

    expect(screen.getByRole('img')).toHaveAttribute('data-motion', 'reduced');
  });

  it('wears the skin it is given', () => {
    stubMatchMedia(false);

    render(<Octopus skin="#ff6f61" />);

    expect(screen.getByRole('img').style.getPropertyValue('--octopus-skin')).toBe('#ff6f61');
  });
});
