import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { aPet } from '@/testing/pets';
import { NeedMeters } from '@/features/pets/components/need-meters';

describe('NeedMeters', () => {
  it('shows every need and trust as a labelled meter from 0 to 100 with its number', () => {
    render(
      <NeedMeters
        pet={aPet({
          needs: { satiety: 72.4, joy: 18, energy: 55, cleanliness: 100, health: 90 },
          trust: 33.3,
        })}
      />,
    );

    const fullness = screen.getByRole('meter', { name: /Fullness/ });
    expect(fullness).toHaveAttribute('aria-valuenow', '72');
    expect(fullness).toHaveAttribute('aria-valuemin', '0');
    expect(fullness).toHaveAttribute('aria-valuemax', '100');
    expect(screen.getByRole('meter', { name: /Trust/ })).toHaveAttribute('aria-valuenow', '33');
    expect(screen.getAllByRole('meter')).toHaveLength(6);
    expect(screen.getByText('72')).toBeInTheDocument();
  });

  it('says when a need is low, in words and in colour', () => {
    render(<NeedMeters pet={aPet({ needs: { joy: 18 } })} />);

    const joy = screen.getByRole('meter', { name: /Joy/ });
    expect(joy).toHaveAttribute('aria-valuetext', '18 of 100, low');
    expect(joy.closest('.need')).toHaveClass('need--low');
  });
});
