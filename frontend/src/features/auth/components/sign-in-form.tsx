import { useId, useState, type SubmitEvent } from 'react';
import { Button } from '@/components/ui/button';
import { ApiError } from '@/lib/api-client';
import { useLogin } from '@/lib/auth';
import { Field } from '@/features/auth/components/field';
import './auth-form.css';

/** Sign in with email and password. */
export function SignInForm({ onSignedIn }: { onSignedIn: () => void }) {
  const login = useLogin();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const ids = { email: useId(), password: useId() };
  const error = login.error instanceof ApiError ? login.error : undefined;

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    login.mutate({ email: email.trim(), password }, { onSuccess: onSignedIn });
  };

  return (
    <form className="auth-form card" onSubmit={submit} aria-label="Sign in">
      {login.isError && (
        <p role="alert" className="form-error">
          {error?.code === 'BAD_CREDENTIALS'
            ? 'That email and password do not match.'
            : error?.code === 'RATE_LIMITED'
              ? 'Too many attempts. Please wait a little and try again.'
              : 'Signing in did not work. Please try again.'}
        </p>
      )}
      <Field id={ids.email} label="Email">
        <input
          id={ids.email}
          name="email"
          type="email"
          className="input"
          autoComplete="email"
          required
          value={email}
          onChange={(event) => {
            setEmail(event.target.value);
          }}
        />
      </Field>
      <Field id={ids.password} label="Password">
        <input
          id={ids.password}
          name="password"
          type="password"
          className="input"
          autoComplete="current-password"
          required
          value={password}
          onChange={(event) => {
            setPassword(event.target.value);
          }}
        />
      </Field>
      <Button type="submit" className="auth-form__submit" disabled={login.isPending}>
        {login.isPending ? 'Signing in…' : 'Sign in'}
      </Button>
    </form>
  );
}
