import { Link, useNavigate } from 'react-router';
import { SignUpForm } from '@/features/auth/components/sign-up-form';
import './auth.css';

export function SignUpRoute() {
  const navigate = useNavigate();
  return (
    <div className="auth-page">
      <title>Sign up · Pytopus</title>
      <h1 className="page-title">Hatch your first octopus</h1>
      <p className="page-lede">
        An account keeps your octopus alive across devices. It takes a minute.
      </p>
      <SignUpForm onSignedUp={() => void navigate('/hatchery')} />
      <p className="auth-page__switch">
        Have an account? <Link to="/signin">Sign in</Link>
      </p>
    </div>
  );
}
