-- A relationship without evidence yet within its first cadence is NEW: its score counts in
-- no average until there is something to make it of. Scores stored before are recomputed
-- by the next change or the nightly run.
alter table health_score drop constraint health_score_band_check;
alter table health_score add constraint health_score_band_check
    check (band in ('AT_RISK', 'WATCH', 'HEALTHY', 'NEW'));
