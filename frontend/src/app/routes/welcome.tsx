import { Octopus } from '@/components/octopus/octopus';
import { ButtonLink } from '@/components/ui/button-link';
import { useMe } from '@/lib/auth';
import { SystemStatus } from '@/features/system/components/system-status';
import './welcome.css';

export function WelcomeRoute() {
  const me = useMe();
  return (
    <div className="welcome">
      <title>Pytopus · A pet octopus that lives in your browser</title>
      <section className="welcome__intro" aria-labelledby="welcome-title">
        <p className="welcome__eyebrow">Hatch · feed · play · grow</p>
        <h1 id="welcome-title" className="welcome__title">
          Pytopus
        </h1>
        <p className="welcome__tagline">A pet octopus that lives in your browser</p>
        <p className="welcome__lede">
          Hatch it, feed it, play with it and watch it grow. Its skin shows how it feels, the way a
          real octopus’s does, and it waits patiently while you sleep.
        </p>
        <div className="welcome__actions">
          {me.data ? (
            <ButtonLink to="/tank">🐙 Go to your tank</ButtonLink>
          ) : (
            <>
              <ButtonLink to="/signup">🥚 Hatch your octopus</ButtonLink>
              <ButtonLink variant="quiet" to="/signin">
                Sign in
              </ButtonLink>
            </>
          )}
        </div>
        <ul className="welcome__features">
          <li>
            <span aria-hidden="true">🎨</span> Skin that changes colour with its mood
          </li>
          <li>
            <span aria-hidden="true">🎓</span> Tricks to teach, a personality of its own
          </li>
          <li>
            <span aria-hidden="true">🪸</span> A reef of other octopuses to visit and wave at
          </li>
        </ul>
      </section>
      <div className="welcome__art">
        <Octopus
          label="A sandy-red octopus gently waving its eight arms"
          mood="HAPPY"
          followPointer
        />
      </div>
      <div className="welcome__status">
        <SystemStatus />
      </div>
    </div>
  );
}
