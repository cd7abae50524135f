import { useId, useState, type SubmitEvent } from 'react';
import { useNavigate } from 'react-router';
import { Button } from '@/components/ui/button';
import { toast } from '@/components/ui/toast-store';
import { ApiError } from '@/lib/api-client';
import { useDeleteAccount } from '@/features/settings/api/delete-account';
import { useExportData } from '@/features/settings/api/export-data';

/** Download everything, or delete the account for good (with the password). */
export function DataAndAccount() {
  const exporter = useExportData();
  const remove = useDeleteAccount();
  const navigate = useNavigate();
  const [confirming, setConfirming] = useState(false);
  const [password, setPassword] = useState('');
  const passwordId = useId();

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    remove.mutate(
      { password },
      {
        onSuccess: () => {
          toast({
            tone: 'info',
            title: 'Your account is deleted. Goodbye, and thanks for all the fish.',
          });
          void navigate('/');
        },
      },
    );
  };

  return (
    <section className="card settings-section">
      <h2>Your data</h2>
      <p className="field__hint">
        Everything Pytopus keeps about you and your octopuses, as one JSON file.
      </p>
      <Button
        variant="quiet"
        disabled={exporter.isPending}
        onClick={() => {
          exporter.mutate(undefined, {
            onError: () => toast({ tone: 'error', title: 'The export could not be made.' }),
          });
        }}
      >
        {exporter.isPending ? 'Packing…' : '⬇️ Export my data'}
      </Button>

      <h2 className="settings-danger__title">Delete account</h2>
      {!confirming ? (
        <>
          <p className="field__hint">
            Deletes your account, your octopuses and their journals. This cannot be undone.
          </p>
          <Button
            variant="quiet"
            className="button--danger"
            onClick={() => {
              setConfirming(true);
            }}
          >
            Delete my account…
          </Button>
        </>
      ) : (
        <form onSubmit={submit}>
          <div className="field">
            <label className="field__label" htmlFor={passwordId}>
              Your password, to confirm
            </label>
            <input
              id={passwordId}
              type="password"
              className="input"
              autoComplete="current-password"
              required
              value={password}
              onChange={(event) => {
                setPassword(event.target.value);
              }}
            />
          </div>
          {remove.isError && (
            <p role="alert" className="form-error">
              {remove.error instanceof ApiError && remove.error.code === 'WRONG_PASSWORD'
                ? 'That password is not right.'
                : 'The account could not be deleted.'}
            </p>
          )}
          <div className="settings-row">
            <Button
              type="submit"
              className="button--danger"
              disabled={remove.isPending || password === ''}
            >
              Delete for good
            </Button>
            <Button
              variant="quiet"
              onClick={() => {
                setConfirming(false);
              }}
            >
              Keep my account
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}
