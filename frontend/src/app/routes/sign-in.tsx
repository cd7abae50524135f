import { Link, useNavigate, useSearchParams } from 'react-router';
import { SignInForm } from '@/features/auth/components/sign-in-form';
import { safeNext } from '@/lib/redirects';
import './auth.css';

export function SignInRoute() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  return (
    <div className="auth-page">
      <title>Sign in · Pytopus</title>
      <h1 className="page-title">Welcome back</h1>
      <p className="page-lede">Your octopus has been waiting (patiently, it promises).</p>
      <SignInForm onSignedIn={() => void navigate(safeNext(params.get('next'), '/tank'))} />
      <p className="auth-page__switch">
        New here? <Link to="/signup">Create an account</Link>
      </p>
    </div>
  );
}
