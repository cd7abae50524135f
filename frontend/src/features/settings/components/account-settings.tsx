import { useId, useState, type SubmitEvent } from 'react';
import { Button } from '@/components/ui/button';
import { toast } from '@/components/ui/toast-store';
import { ApiError } from '@/lib/api-client';
import type { Me } from '@/lib/auth';
import { useUpdateSettings } from '@/features/settings/api/update-settings';

function timeZones(current: string): string[] {
  const all =
    typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return all.includes(current) ? all : [current, ...all];
}

/** Time zone and quiet hours: when the octopus may nudge its owner. */
export function AccountSettings({ me }: { me: Me }) {
  const update = useUpdateSettings();
  const [timeZone, setTimeZone] = useState(me.timeZone);
  const [quiet, setQuiet] = useState(me.quietHours !== undefined);
  const [from, setFrom] = useState(me.quietHours?.from ?? '22:00');
  const [to, setTo] = useState(me.quietHours?.to ?? '07:00');
  const [emailNudges, setEmailNudges] = useState(me.emailNudges);
  const ids = { zone: useId(), from: useId(), to: useId() };

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    update.mutate(
      { timeZone, quietHours: quiet ? { from, to } : null, emailNudges },
      {
        onSuccess: () => toast({ tone: 'success', title: 'Settings saved.' }),
        onError: (error) => {
          toast({
            tone: 'error',
            title:
              error instanceof ApiError && error.detail
                ? error.detail
                : 'The settings could not be saved.',
          });
        },
      },
    );
  };

  return (
    <form className="card settings-section" onSubmit={submit}>
      <h2>Nudges and quiet hours</h2>
      <div className="field">
        <label className="field__label" htmlFor={ids.zone}>
          Time zone
        </label>
        <select
          id={ids.zone}
          className="input"
          value={timeZone}
          onChange={(event) => {
            setTimeZone(event.target.value);
          }}
        >
          {timeZones(me.timeZone).map((zone) => (
            <option key={zone} value={zone}>
              {zone.replaceAll('_', ' ')}
            </option>
          ))}
        </select>
      </div>
      <label className="switch">
        <input
          type="checkbox"
          checked={quiet}
          onChange={(event) => {
            setQuiet(event.target.checked);
          }}
        />
        <span>Quiet hours: no nudges at night</span>
      </label>
      {quiet && (
        <div className="settings-row">
          <div className="field">
            <label className="field__label" htmlFor={ids.from}>
              From
            </label>
            <input
              id={ids.from}
              type="time"
              className="input"
              value={from}
              required
              onChange={(event) => {
                setFrom(event.target.value);
              }}
            />
          </div>
          <div className="field">
            <label className="field__label" htmlFor={ids.to}>
              To
            </label>
            <input
              id={ids.to}
              type="time"
              className="input"
              value={to}
              required
              onChange={(event) => {
                setTo(event.target.value);
              }}
            />
          </div>
        </div>
      )}
      <label className="switch">
        <input
          type="checkbox"
          checked={emailNudges}
          onChange={(event) => {
            setEmailNudges(event.target.checked);
          }}
        />
        <span>Also nudge me by email</span>
      </label>
      <Button type="submit" disabled={update.isPending}>
        {update.isPending ? 'Saving…' : 'Save'}
      </Button>
    </form>
  );
}
