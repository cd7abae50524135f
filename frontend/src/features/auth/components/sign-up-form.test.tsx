import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { jsonResponse, renderWithQueryClient, stubFetch } from '@/testing/test-utils';
import { SignUpForm } from '@/features/auth/components/sign-up-form';

async function fillIn(email: string, name: string, password: string) {
  if (email) await userEvent.type(screen.getByLabelText('Email'), email);
  if (name) await userEvent.type(screen.getByLabelText('What should we call you?'), name);
  if (password) await userEvent.type(screen.getByLabelText('Password'), password);
  await userEvent.click(screen.getByRole('button', { name: 'Create my account' }));
}

describe('SignUpForm', () => {
  it('says what is wrong with each field before sending anything', async () => {
    const fetch = stubFetch();
    renderWithQueryClient(<SignUpForm onSignedUp={vi.fn()} />);

    await fillIn('not-an-email', '', 'short');

    expect(screen.getByText('Enter an email address like ink@example.com.')).toBeInTheDocument();
    expect(screen.getByText('Tell us what to call you.')).toBeInTheDocument();
    expect(screen.getByText('At least 10 characters.')).toBeInTheDocument();
    expect(screen.getByLabelText('Email')).toHaveAttribute('aria-invalid', 'true');
    expect(fetch).not.toHaveBeenCalled();
  });

  it('registers with the CSRF token echoed, then signs in', async () => {
    document.cookie = 'XSRF-TOKEN=token-123';
    const fetch = stubFetch().mockResolvedValue(
      jsonResponse(
        {
          id: 'u1',
          email: 'ink@example.com',
          displayName: 'Ink',
          timeZone: 'UTC',
          emailNudges: false,
          createdAt: '2026-11-28T00:00:00Z',
        },
        { status: 201 },
      ),
    );
    const onSignedUp = vi.fn();
    renderWithQueryClient(<SignUpForm onSignedUp={onSignedUp} />);

    await fillIn('ink@example.com', 'Ink', 'tentacles under the pier');

    await waitFor(() => {
      expect(onSignedUp).toHaveBeenCalled();
    });
    const [url, init] = fetch.mock.calls[0] ?? [];
    expect(url).toBe('/api/v1/auth/register');
    expect(new Headers(init?.headers).get('X-XSRF-TOKEN')).toBe('token-123');
    expect(JSON.parse(init?.body as string)).toEqual({
      email: 'ink@example.com',
      displayName: 'Ink',
      password: 'tentacles under the pier',
    });
    document.cookie = 'XSRF-TOKEN=; max-age=0';
  });

  it('explains a taken email address', async () => {
    document.cookie = 'XSRF-TOKEN=token-123';
    stubFetch().mockResolvedValue(
      jsonResponse(
        { type: 'about:blank', title: 'Conflict', status: 409, code: 'EMAIL_TAKEN' },
        { status: 409, contentType: 'application/problem+json' },
      ),
    );
    renderWithQueryClient(<SignUpForm onSignedUp={vi.fn()} />);

    await fillIn('ink@example.com', 'Ink', 'tentacles under the pier');

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'An account with this email exists already. Sign in instead?',
    );
    document.cookie = 'XSRF-TOKEN=; max-age=0';
  });
});
