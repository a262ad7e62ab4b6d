/**
 * The storyline search: a box that filters the storylines valid today (topic, title, tags; fuzzy)
 * as the employee types, keyboard first: arrows move, Enter inserts, Escape closes. The keys stay
 * in the overlay: the page's own shortcuts never see what is typed here.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { searchStorylines, type Storyline } from '../../lib/engine/storylines';
import { t } from '../../lib/i18n/messages';

export interface StorylineSearchProps {
  items: readonly Storyline[];
  onPick(id: string): void;
  onClose(): void;
}

const LIST_ID = 'ambassador-storylines';
const optionId = (s: Storyline) => `ambassador-storyline-${s.id}`;

export function StorylineSearch({ items, onPick, onClose }: StorylineSearchProps) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const results = useMemo(() => searchStorylines(query, items), [query, items]);
  const current = results[Math.min(active, results.length - 1)];

  // Opened on purpose (the shortcut or the button): the search takes the focus.
  useEffect(() => input.current?.focus({ preventScroll: true }), []);

  const onKeyDown = (event: KeyboardEvent) => {
    event.stopPropagation();
    const move = (by: number) => {
      event.preventDefault();
      if (results.length > 0)
        setActive((Math.min(active, results.length - 1) + by + results.length) % results.length);
    };
    if (event.key === 'ArrowDown') move(1);
    else if (event.key === 'ArrowUp') move(-1);
    else if (event.key === 'Enter') {
      event.preventDefault();
      if (current) onPick(current.id);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
    }
  };

  return (
    <>
      <header>
        <h2 id="ambassador-storylines-h">{t('storylinesHeading')}</h2>
        <button type="button" class="icon" aria-label={t('close')} onClick={onClose}>
          ×
        </button>
      </header>
      <input
        ref={input}
        class="search-input"
        type="search"
        role="combobox"
        aria-expanded="true"
        aria-autocomplete="list"
        aria-controls={LIST_ID}
        aria-activedescendant={current ? optionId(current) : undefined}
        aria-labelledby="ambassador-storylines-h"
        placeholder={t('storylineSearchPlaceholder')}
        value={query}
        onInput={(event) => {
          setQuery((event.target as HTMLInputElement).value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
        onKeyUp={(event) => event.stopPropagation()}
        onKeyPress={(event) => event.stopPropagation()}
      />
      <ul id={LIST_ID} role="listbox" aria-label={t('storylineSearchList')}>
        {results.map((s) => (
          <li
            key={s.id}
            id={optionId(s)}
            role="option"
            aria-selected={s === current}
            class={s === current ? 'option active' : 'option'}
            data-storyline={s.id}
            // Keep the focus in the search box: the click inserts, the editor then gets the focus.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => onPick(s.id)}
          >
            <span class="option-title">{s.title}</span>
            <span class="option-meta">
              {[s.topic, ...s.tags].join(' · ')} — {s.owner}
            </span>
          </li>
        ))}
      </ul>
      {results.length === 0 && (
        <p class="empty" role="status">
          {items.length === 0 ? t('storylineSearchNone') : t('storylineSearchNoMatch')}
        </p>
      )}
    </>
  );
}
