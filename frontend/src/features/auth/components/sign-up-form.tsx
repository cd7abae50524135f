import { useId, useState, type SubmitEvent } from 'react';
import { Button } from '@/components/ui/button';
import { ApiError } from '@/lib/api-client';
import { useRegister } from '@/lib/auth';
import { Field } from '@/features/auth/components/field';
import { MIN_PASSWORD, signUpProblems, type SignUpErrors } from '@/features/auth/lib/validation';
import './auth-form.css';

/** Create an account; signed in at once. */
export function SignUpForm({ onSignedUp }: { onSignedUp: () => void }) {
  const register = useRegister();
  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const ids = { email: useId(), name: useId(), password: useId() };
  const errors = signUpProblems(email, displayName, password);
  const serverErrors = register.error instanceof ApiError ? register.error : undefined;

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSubmitted(true);
    if (Object.keys(errors).length > 0) return;
    register.mutate(
      { email: email.trim(), displayName: displayName.trim(), password },
      { onSuccess: onSignedUp },
    );
  };

  const shown = (field: keyof SignUpErrors) => (submitted ? errors[field] : undefined);

  return (
    <form className="auth-form card" onSubmit={submit} noValidate aria-label="Sign up">
      {serverErrors && (
        <p role="alert" className="form-error">
          {serverErrors.code === 'EMAIL_TAKEN'
            ? 'An account with this email exists already. Sign in instead?'
            : serverErrors.code === 'RATE_LIMITED'
              ? 'Too many sign-ups from here. Please try again later.'
              : (serverErrors.detail ?? 'Signing up did not work. Please try again.')}
        </p>
      )}
      <Field id={ids.email} label="Email" error={shown('email')}>
        <input
          id={ids.email}
          name="email"
          type="email"
          className="input"
          autoComplete="email"
          value={email}
          aria-invalid={shown('email') !== undefined}
          aria-describedby={shown('email') ? `${ids.email}-error` : undefined}
          onChange={(event) => {
            setEmail(event.target.value);
          }}
        />
      </Field>
      <Field id={ids.name} label="What should we call you?" error={shown('displayName')}>
        <input
          id={ids.name}
          name="displayName"
          className="input"
          autoComplete="nickname"
          value={displayName}
          aria-invalid={shown('displayName') !== undefined}
          aria-describedby={shown('displayName') ? `${ids.name}-error` : undefined}
          onChange={(event) => {
            setDisplayName(event.target.value);
          }}
        />
      </Field>
      <Field
        id={ids.password}
        label="Password"
        hint={`At least ${String(MIN_PASSWORD)} characters. A short sentence works well.`}
        error={
          shown('password') ??
          (serverErrors?.code === 'VALIDATION_FAILED' ? serverErrors.detail : undefined)
        }
      >
        <input
          id={ids.password}
          name="password"
          type="password"
          className="input"
          autoComplete="new-password"
          value={password}
          aria-invalid={shown('password') !== undefined}
          aria-describedby={`${ids.password}-hint${shown('password') ? ` ${ids.password}-error` : ''}`}
          onChange={(event) => {
            setPassword(event.target.value);
          }}
        />
      </Field>
      <Button type="submit" className="auth-form__submit" disabled={register.isPending}>
        {register.isPending ? 'Creating your account…' : 'Create my account'}
      </Button>
    </form>
  );
}
