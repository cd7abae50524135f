import { Octopus } from '@/components/octopus/octopus';
import { SystemStatus } from '@/features/system/components/system-status';
import './welcome.css';

export function WelcomeRoute() {
  return (
    <div className="welcome">
      <title>Pytopus · A pet octopus that lives in your browser</title>
      <section className="welcome__intro" aria-labelledby="welcome-title">
        <p className="welcome__eyebrow">Still in its egg · hatching soon</p>
        <h1 id="welcome-title" className="welcome__title">
          Pytopus
        </h1>
        <p className="welcome__tagline">A pet octopus that lives in your browser</p>
        <p className="welcome__lede">
          Hatch it, feed it, play with it and watch it grow. Its skin shows how it feels, the way a
          real octopus’s does, and it waits patiently while you sleep.
        </p>
      </section>
      <div className="welcome__art">
        <Octopus label="A sandy-red octopus gently waving its eight arms" />
      </div>
      <div className="welcome__status">
        <SystemStatus />
      </div>
    </div>
  );
}
