import { useId, useState } from 'react';
import {
  FOODS,
  refusalMessage,
  refusalOf,
  TOYS,
  TRICKS,
  words,
  type CareAction,
  type Pet,
} from '@/features/pets/lib/care';
import './action-panel.css';

type Tab = 'feed' | 'play' | 'train' | 'care';

const TABS: readonly { id: Tab; label: string; icon: string }[] = [
  { id: 'feed', label: 'Feed', icon: '🦐' },
  { id: 'play', label: 'Play', icon: '🎾' },
  { id: 'train', label: 'Train', icon: '🎓' },
  { id: 'care', label: 'Care', icon: '🫶' },
];

const FOOD_ICONS: Record<string, string> = { SHRIMP: '🦐', CLAM: '🦪', CRAB: '🦀' };
const TOY_ICONS: Record<string, string> = {
  BALL: '⚽',
  JAR_PUZZLE: '🫙',
  MIRROR: '🪞',
  BUBBLES: '🫧',
};
const TRICK_ICONS: Record<string, string> = {
  WAVE: '👋',
  SPIN: '🌀',
  JAR_OPEN: '🫙',
  COLOR_SHOW: '🌈',
  CAMOUFLAGE: '🪸',
};

export interface ActionPanelProps {
  pet: Pet;
  /** The action being sent, if any: its button shows it is busy and the others wait. */
  pending: CareAction | undefined;
  onAct: (action: CareAction) => void;
}

/**
 * Pickers for food, toys and tricks, and the everyday care buttons. An action the octopus would
 * refuse stays focusable but inactive, and says why.
 */
export function ActionPanel({ pet, pending, onAct }: ActionPanelProps) {
  const [tab, setTab] = useState<Tab>('feed');
  const baseId = useId();

  const choices: { action: CareAction; label: string; icon: string }[] =
    tab === 'feed'
      ? FOODS.map((food) => ({
          action: { type: 'FEED', item: food },
          label: words(food),
          icon: FOOD_ICONS[food] ?? '🍽️',
        }))
      : tab === 'play'
        ? TOYS.map((toy) => ({
            action: { type: 'PLAY', item: toy },
            label: words(toy),
            icon: TOY_ICONS[toy] ?? '🎲',
          }))
        : tab === 'train'
          ? TRICKS.map((trick) => ({
              action: { type: 'TRAIN', item: trick },
              label: pet.tricks.includes(trick) ? `${words(trick)} ✓` : words(trick),
              icon: TRICK_ICONS[trick] ?? '⭐',
            }))
          : [
              { action: { type: 'CLEAN' }, label: 'clean tank', icon: '🧽' },
              { action: { type: 'STROKE' }, label: 'stroke', icon: '🤲' },
              pet.asleep
                ? { action: { type: 'WAKE' }, label: 'lights on', icon: '☀️' }
                : { action: { type: 'SLEEP' }, label: 'lights off', icon: '🌙' },
              { action: { type: 'HEAL' }, label: 'heal', icon: '💊' },
            ];

  return (
    <section className="action-panel" aria-label={`Look after ${pet.name}`}>
      <div className="action-panel__tabs" role="tablist" aria-label="Kind of care">
        {TABS.map((t) => (
          <button
            key={t.id}
            type="button"
            role="tab"
            id={`${baseId}-tab-${t.id}`}
            aria-selected={tab === t.id}
            aria-controls={`${baseId}-panel`}
            tabIndex={tab === t.id ? 0 : -1}
            className="action-panel__tab"
            onClick={() => {
              setTab(t.id);
            }}
            onKeyDown={(event) => {
              const index = TABS.findIndex((x) => x.id === tab);
              const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
              if (step === 0) return;
              event.preventDefault();
              const next = TABS[(index + step + TABS.length) % TABS.length];
              if (next) {
                setTab(next.id);
                document.getElementById(`${baseId}-tab-${next.id}`)?.focus();
              }
            }}
          >
            <span aria-hidden="true">{t.icon}</span> {t.label}
          </button>
        ))}
      </div>
      <div
        id={`${baseId}-panel`}
        role="tabpanel"
        aria-labelledby={`${baseId}-tab-${tab}`}
        className="action-panel__choices"
      >
        {choices.map(({ action, label, icon }) => {
          const refusal = refusalOf(pet, action);
          const reason = refusal ? refusalMessage(refusal, pet.name) : undefined;
          const busy = pending !== undefined && sameAction(pending, action);
          const reasonId = `${baseId}-${action.type}-${'item' in action ? action.item : ''}-why`;
          return (
            <div key={`${action.type}-${'item' in action ? action.item : ''}`} className="choice">
              <button
                type="button"
                className={`choice__button${busy ? ' choice__button--busy' : ''}`}
                aria-disabled={reason !== undefined || pending !== undefined}
                aria-describedby={reason ? reasonId : undefined}
                data-action={action.type}
                data-item={'item' in action ? action.item : undefined}
                onClick={() => {
                  if (reason === undefined && pending === undefined) onAct(action);
                }}
              >
                <span className="choice__icon" aria-hidden="true">
                  {icon}
                </span>
                <span className="choice__label">{label}</span>
              </button>
              {reason && (
                <p id={reasonId} className="choice__why">
                  {reason}
                </p>
              )}
            </div>
          );
        })}
      </div>
    </section>
  );
}

function sameAction(a: CareAction, b: CareAction): boolean {
  return a.type === b.type && ('item' in a ? a.item : '') === ('item' in b ? b.item : '');
}
