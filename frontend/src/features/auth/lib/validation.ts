export const MIN_PASSWORD = 10;

export interface SignUpErrors {
  email?: string;
  displayName?: string;
  password?: string;
}

/** What is wrong with the form before it is sent (the server checks again, and more). */
export function signUpProblems(email: string, displayName: string, password: string): SignUpErrors {
  const errors: SignUpErrors = {};
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim()))
    errors.email = 'Enter an email address like ink@example.com.';
  if (displayName.trim() === '') errors.displayName = 'Tell us what to call you.';
  else if (displayName.trim().length > 40) errors.displayName = 'At most 40 characters.';
  if (password.length < MIN_PASSWORD)
    errors.password = `At least ${String(MIN_PASSWORD)} characters.`;
  return errors;
}
