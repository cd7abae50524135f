import { useId, useState, type KeyboardEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { Octopus } from '@/components/octopus/octopus';
import { mix } from '@/components/octopus/skin';
import { Button } from '@/components/ui/button';
import { Highlighted } from '@/components/ui/highlighted';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import { useDebouncedValue } from '@/hooks/use-debounced-value';
import { ApiError } from '@/lib/api-client';
import type { Schemas } from '@/lib/api/schemas';
import { useReefSuggestions } from '@/features/reef/api/get-reef-suggestions';
import { useReefSearch, type ReefSort } from '@/features/reef/api/search-reef';

type ReefPet = Schemas['ReefPet'];
import './reef.css';

const FACETS = [
  { key: 'species', label: 'Species' },
  { key: 'stage', label: 'Stage' },
  { key: 'personality', label: 'Personality' },
] as const;

const SORTS: { value: ReefSort; label: string }[] = [
  { value: 'relevance', label: 'Best match' },
  { value: 'age', label: 'Oldest' },
  { value: 'waves', label: 'Most waves' },
];

const words = (code: string) => code.toLowerCase().replaceAll('_', ' ');

/** The reef: search public octopuses by name or bio, narrow by facets, open a profile. */
export function ReefSearch() {
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const sort = (params.get('sort') ?? 'relevance') as ReefSort;
  const page = Number(params.get('page') ?? '0') || 0;
  const filters = {
    species: params.get('species') ?? undefined,
    stage: params.get('stage') ?? undefined,
    personality: params.get('personality') ?? undefined,
  };
  const results = useReefSearch({ q, sort, page, ...filters });

  const update = (changes: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value === undefined || value === '') next.delete(key);
      else next.set(key, value);
    }
    if (!('page' in changes)) next.delete('page');
    setParams(next, { replace: true });
  };

  return (
    <div className="reef">
      <SearchBox
        initial={q}
        onSearch={(text) => {
          update({ q: text });
        }}
      />

      <div className="reef__layout">
        <aside className="reef__filters" aria-label="Filters">
          <label className="field">
            <span className="field__label">Sort by</span>
            <select
              className="input"
              value={sort}
              onChange={(event) => {
                update({ sort: event.target.value });
              }}
            >
              {SORTS.map((s) => (
                <option key={s.value} value={s.value}>
                  {s.label}
                </option>
              ))}
            </select>
          </label>
          {FACETS.map(({ key, label }) => {
            const counts = results.data?.facets[key] ?? {};
            const selected = filters[key];
            const values = Object.entries(counts);
            if (values.length === 0 && !selected) return null;
            return (
              <fieldset key={key} className="facet">
                <legend className="field__label">{label}</legend>
                {selected && !(selected in counts) && (
                  <FacetOption
                    label={words(selected)}
                    count={0}
                    checked
                    onChange={() => {
                      update({ [key]: undefined });
                    }}
                  />
                )}
                {values.map(([value, count]) => (
                  <FacetOption
                    key={value}
                    label={words(value)}
                    count={count}
                    checked={selected === value}
                    onChange={() => {
                      update({ [key]: selected === value ? undefined : value });
                    }}
                  />
                ))}
              </fieldset>
            );
          })}
        </aside>

        <section
          className="reef__results"
          aria-label="Octopuses in the reef"
          aria-busy={results.isFetching}
        >
          {results.isPending ? (
            <LoadingState>Diving into the reef…</LoadingState>
          ) : results.isError &&
            results.error instanceof ApiError &&
            results.error.status === 404 ? (
            <EmptyState icon="🪸" title="The reef opens soon">
              Search is being set up on this server. You can already make your octopus public in
              Settings, so it is ready when the reef opens.
            </EmptyState>
          ) : results.isError ? (
            <ErrorState
              error={results.error}
              what="The reef"
              onRetry={() => void results.refetch()}
            />
          ) : results.data.items.length === 0 ? (
            <EmptyState icon="🪸" title={q ? `No octopus called “${q}” here` : 'The reef is quiet'}>
              {q
                ? 'Check the spelling, or try fewer filters.'
                : 'No public octopuses yet. Make yours public in Settings to be the first!'}
            </EmptyState>
          ) : (
            <>
              <p className="reef__count">
                {results.data.total === 1 ? '1 octopus' : `${String(results.data.total)} octopuses`}
              </p>
              <ul className="reef__grid">
                {results.data.items.map((pet) => (
                  <li key={pet.id}>
                    <ReefCard pet={pet} />
                  </li>
                ))}
              </ul>
              <nav className="reef__pages" aria-label="Result pages">
                <Button
                  variant="quiet"
                  disabled={page === 0}
                  onClick={() => {
                    update({ page: String(page - 1) });
                  }}
                >
                  ← Previous
                </Button>
                <Button
                  variant="quiet"
                  disabled={(page + 1) * results.data.size >= results.data.total}
                  onClick={() => {
                    update({ page: String(page + 1) });
                  }}
                >
                  Next →
                </Button>
              </nav>
            </>
          )}
        </section>
      </div>
    </div>
  );
}

function FacetOption({
  label,
  count,
  checked,
  onChange,
}: {
  label: string;
  count: number;
  checked: boolean;
  onChange: () => void;
}) {
  return (
    <label className="facet__option">
      <input type="checkbox" checked={checked} onChange={onChange} />
      <span className="facet__label">{label}</span>
      <span className="facet__count">
        <span className="visually-hidden">, </span>
        {count}
      </span>
    </label>
  );
}

function ReefCard({ pet }: { pet: ReefPet }) {
  return (
    <Link className="reef-card" to={`/reef/${pet.id}`} data-testid="reef-card">
      <span className="reef-card__art" aria-hidden="true">
        <Octopus
          label=""
          skin={mix('#c8553d', pet.color, 0.5)}
          accent={pet.color}
          species={pet.species}
          stage={pet.stage === 'EGG' ? 'HATCHLING' : pet.stage}
          mood="HAPPY"
        />
      </span>
      <span className="reef-card__name">
        <Highlighted highlight={pet.highlights.name} text={pet.name} />
      </span>
      <span className="reef-card__meta">
        {words(pet.stage)} {words(pet.species)} · by {pet.ownerName}
      </span>
      {pet.bio && (
        <span className="reef-card__bio">
          <Highlighted highlight={pet.highlights.bio} text={pet.bio} />
        </span>
      )}
      <span className="reef-card__waves">👋 {pet.waves}</span>
    </Link>
  );
}

/** A search box with name suggestions as you type (an ARIA combobox). */
function SearchBox({ initial, onSearch }: { initial: string; onSearch: (q: string) => void }) {
  const [text, setText] = useState(initial);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const prefix = useDebouncedValue(text.trim(), 150);
  // Only while typing: a search that arrived by link needs no suggestions.
  const suggestions = useReefSuggestions(open ? prefix : '');
  const navigate = useNavigate();
  const inputId = useId();
  const listId = useId();
  const options = open && prefix !== '' ? (suggestions.data?.suggestions ?? []) : [];

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' && options.length > 0) {
      event.preventDefault();
      setOpen(true);
      setActive((i) => (i + 1) % options.length);
    } else if (event.key === 'ArrowUp' && options.length > 0) {
      event.preventDefault();
      setActive((i) => (i <= 0 ? options.length - 1 : i - 1));
    } else if (event.key === 'Escape') {
      setOpen(false);
      setActive(-1);
    } else if (event.key === 'Enter' && active >= 0 && options[active]) {
      event.preventDefault();
      void navigate(`/reef/${options[active].id}`);
    }
  };

  return (
    <form
      className="reef__search"
      role="search"
      onSubmit={(event) => {
        event.preventDefault();
        setOpen(false);
        onSearch(text.trim());
      }}
    >
      <label htmlFor={inputId} className="visually-hidden">
        Search the reef
      </label>
      <div className="combobox">
        <input
          id={inputId}
          type="search"
          className="input reef__input"
          placeholder="Name or bio…"
          role="combobox"
          aria-expanded={options.length > 0}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={active >= 0 ? `${listId}-${String(active)}` : undefined}
          autoComplete="off"
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            setOpen(true);
            setActive(-1);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => {
            setTimeout(() => {
              setOpen(false);
            }, 150);
          }}
        />
        <ul id={listId} role="listbox" className="combobox__list" hidden={options.length === 0}>
          {options.map((option, index) => (
            <li
              key={option.id}
              id={`${listId}-${String(index)}`}
              role="option"
              aria-selected={index === active}
              className="combobox__option"
              onMouseDown={(event) => {
                event.preventDefault();
                void navigate(`/reef/${option.id}`);
              }}
            >
              <span className="combobox__name">{option.name}</span>
              <span className="combobox__meta">
                {words(option.stage)} {words(option.species)}
              </span>
            </li>
          ))}
        </ul>
      </div>
      <Button type="submit">Search</Button>
    </form>
  );
}
