import { PLAN_YEARS } from "@lianpian/domain";
import { useEffect, useId, useRef, useState } from "react";
import { usePublicText } from "../public-messages.ts";

/** Milliseconds between years while playing: slow enough to see each year's map. */
const PLAY_STEP_MS = 1200;
/** The plans' milestones: start, end of the near term, of the middle term, of the long term. */
const TICKS = [PLAN_YEARS.first, 2025, 2028, PLAN_YEARS.last];

export interface TimeSliderProps {
  year: number;
  onYear(year: number): void;
}

/**
 * The year slider (2019 → the plans' last year): a native range input, so
 * arrows, Page Up/Down, Home and End work; Play steps to the last year once.
 */
export function TimeSlider({ year, onYear }: TimeSliderProps) {
  const { t } = usePublicText();
  const id = useId();
  const [playing, setPlaying] = useState(false);
  // The parent hands a new onYear on every render (the map's status re-renders it while tiles load):
  // the step timer must not restart on that, or the year never moves.
  const onYearRef = useRef(onYear);
  onYearRef.current = onYear;

  useEffect(() => {
    if (!playing) return;
    if (year >= PLAN_YEARS.last) {
      setPlaying(false);
      return;
    }
    const timer = window.setTimeout(() => onYearRef.current(year + 1), PLAY_STEP_MS);
    return () => window.clearTimeout(timer);
  }, [playing, year]);

  return (
    <div className="lp-pub-slider">
      <label htmlFor={id}>
        <span className="lp-pub-year" data-testid="slider-year">
          {year}
        </span>{" "}
        <span className="lp-pub-slider-hint">{t("yearSlider")}</span>
      </label>
      <div className="lp-pub-slider-row">
        <button
          type="button"
          className="lp-pub-play"
          aria-pressed={playing}
          data-testid="play-years"
          onClick={() => {
            if (!playing && year >= PLAN_YEARS.last) onYear(PLAN_YEARS.first);
            setPlaying(!playing);
          }}
        >
          {playing ? `■ ${t("stopYears")}` : `▶ ${t("playYears")}`}
        </button>
        <div className="lp-pub-range">
          <input
            id={id}
            type="range"
            min={PLAN_YEARS.first}
            max={PLAN_YEARS.last}
            step={1}
            value={year}
            list={`${id}-ticks`}
            aria-valuetext={`${year}`}
            data-testid="year-slider"
            onChange={(e) => {
              setPlaying(false);
              onYear(Number(e.currentTarget.value));
            }}
          />
          <datalist id={`${id}-ticks`}>
            {TICKS.map((y) => (
              <option key={y} value={y} label={String(y)} />
            ))}
          </datalist>
          <div className="lp-pub-slider-ends" aria-hidden>
            {TICKS.map((y) => (
              <span
                key={y}
                style={{ left: `${((y - PLAN_YEARS.first) / (PLAN_YEARS.last - PLAN_YEARS.first)) * 100}%` }}
              >
                {y}
              </span>
            ))}
          </div>
        </div>
      </div>
    </div>
  );
}
