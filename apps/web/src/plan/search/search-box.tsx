import "./search.css";
import type { FeatureCollection } from "geojson";
import type { Map as MapLibreMap } from "maplibre-gl";
import { Fragment, useEffect, useId, useRef, useState } from "react";
import { call, errorText } from "../../platform/api-client.ts";
import TEXT from "./search-box.text.json" with { type: "json" };
import { flyToResult, useSearchHighlight } from "./search-highlight.ts";
import {
  GROUP_LABELS,
  moveActive,
  optionsOf,
  type SearchOption,
  type SearchReply,
} from "./search-results.ts";

const DEBOUNCE_MS = 250;

/**
 * One box for the planner's map: finds features and typed coordinates
 * (GET /api/search), lists them grouped by kind; arrows move, Enter chooses
 * (the map flies there and highlights it), Esc closes the list.
 */
export function SearchBox({ map, locale }: { map: MapLibreMap | null; locale: "zh" | "en" }) {
  const text = TEXT[locale];
  const listId = useId();
  const [query, setQuery] = useState("");
  const [options, setOptions] = useState<SearchOption[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  // the failure itself, worded in the language of the moment it is shown
  const [failure, setFailure] = useState<unknown>(null);
  const [hit, setHit] = useState<FeatureCollection | null>(null);
  useSearchHighlight(map, hit);
  const asked = useRef(0);

  useEffect(() => {
    const q = query.trim();
    if (q === "") {
      setOptions([]);
      setFailure(null);
      return;
    }
    const ask = ++asked.current;
    const timer = setTimeout(() => {
      call<SearchReply>("GET", `/api/search?q=${encodeURIComponent(q.slice(0, 100))}`)
        .then((reply) => {
          if (ask !== asked.current) return;
          setOptions(optionsOf(reply));
          setActive(-1);
          setFailure(null);
          setOpen(true);
        })
        .catch((e: unknown) => {
          if (ask === asked.current) setFailure(e);
        });
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [query]);

  const shown = open && query.trim() !== "";

  const choose = (option: SearchOption | undefined) => {
    if (!option || !map) return;
    setHit(flyToResult(map, option));
    setOpen(false);
  };

  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "Escape") {
      // a shown list closes first; with none shown, Esc takes the highlight off
      if (!shown) setHit(null);
      setOpen(false);
      return;
    }
    if (e.key === "Enter") {
      e.preventDefault();
      choose(options[active >= 0 ? active : 0]);
      return;
    }
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      setOpen(true);
      setActive((a) => moveActive(a, e.key, options.length));
    }
  };

  return (
    <div className="lp-plan-search" data-testid="plan-search">
      <input
        type="search"
        role="combobox"
        aria-label={text.label}
        aria-expanded={shown}
        aria-controls={listId}
        aria-activedescendant={active >= 0 ? `${listId}-${active}` : undefined}
        placeholder={text.placeholder}
        value={query}
        maxLength={100}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onKeyDown={onKeyDown}
      />
      {failure !== null && (
        <p className="lp-plan-warn" role="status">
          {errorText(failure, locale)}
        </p>
      )}
      {shown && (
        <div id={listId} role="listbox" aria-label={text.label} className="lp-plan-search-list">
          {options.length === 0 && <p>{text.none}</p>}
          {options.map((o, i) => (
            <Fragment key={o.key}>
              {(i === 0 || options[i - 1]?.group !== o.group) && (
                <p className="lp-plan-search-group">{GROUP_LABELS[o.group][locale]}</p>
              )}
              <button
                type="button"
                tabIndex={-1}
                id={`${listId}-${i}`}
                role="option"
                aria-selected={i === active}
                data-group={o.group}
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => choose(o)}
              >
                <span>{o.label}</span>
                {o.detail && <small> {o.detail}</small>}
              </button>
            </Fragment>
          ))}
        </div>
      )}
    </div>
  );
}
